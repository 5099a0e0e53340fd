// The chart-type registry: one row per type, and the rules read from it agree with what each type can draw.
import { describe, expect, it } from 'vitest';
import { loadChartCode } from '../../../src/charts/spec-chart/SpecChartView';
import { CHART_TYPE_ROWS, CHART_TYPES, DEFAULT_SPEC, specIssues } from '../../../src/spec';

describe('CHART_TYPE_ROWS', () => {
  it('has exactly one row per chart type the spec allows', () => {
    expect(Object.keys(CHART_TYPE_ROWS).sort()).toEqual([...CHART_TYPES].sort());
  });

  it.each(CHART_TYPES)('%s: its code loads, and the log-scale rule follows its row', async (chart) => {
    await expect(loadChartCode({ chart, view: 'chart' })).resolves.toBeUndefined();
    const issues = specIssues({ ...DEFAULT_SPEC, chart, scale: 'log' });
    expect(issues.some((issue) => issue.field === 'scale')).toBe(!CHART_TYPE_ROWS[chart].logScale);
  });

  it('never offers a log axis for stacks, whose heights must start at zero', () => {
    for (const chart of CHART_TYPES) {
      if (CHART_TYPE_ROWS[chart].stack !== null) expect(CHART_TYPE_ROWS[chart].logScale).toBe(false);
    }
  });
});
