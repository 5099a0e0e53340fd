// Snapshot tests in the style of Observable Plot's: every preset and every story chart, drawn for each chart type
// its spec allows, from the small fixed fixture in tests/fixtures/snapshot-data (made-up values), by the same query
// and chart code the site uses (the build's prerender path). A change to a chart's markup shows up as a diff of a
// committed file; after checking the diff is intended, update with `npx vitest run --project unit -u snapshots`.
import path from 'node:path';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { loadChartCode, SpecChartView } from '../../../src/charts/spec-chart/SpecChartView';
import { CHART_TYPES, PRESETS, type ChartSpec } from '../../../src/spec';
import { specIssues } from '../../../src/spec/consistency';
import { GRAPHICS } from '../../../src/story/graphics';
import { openDataFolder, specChartData } from '../../../scripts/prerender/chart-data';

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/snapshot-data/data');

/** Presets first, then the story's charts that are not presets (a story chart that is a preset is drawn once). */
function namedSpecs(): [string, ChartSpec][] {
  const presets = Object.entries(PRESETS) as [string, ChartSpec][];
  const story = Object.values(GRAPHICS).flatMap((graphic): [string, ChartSpec][] =>
    graphic.kind === 'spec' && !presets.some(([, spec]) => spec === graphic.spec)
      ? [[graphic.chartId, graphic.spec]]
      : [],
  );
  return [...presets, ...story];
}

/** Every chart type the spec allows (a type the spec's rules refuse is not a chart a reader can see). */
function allowedCharts(spec: ChartSpec): ChartSpec[] {
  return CHART_TYPES.map((chart) => ({ ...spec, chart })).filter(
    (variant) => specIssues(variant).length === 0,
  );
}

/** One element per line, so a snapshot diff points at the mark that changed. */
const readable = (html: string) => html.replace(/></g, '>\n<').concat('\n');

const folder = openDataFolder(FIXTURE);
const cases = namedSpecs().flatMap(([name, spec]) =>
  allowedCharts(spec).map((variant) => ({ name: `${name}.${variant.chart}`, spec: variant })),
);

describe('chart snapshots', () => {
  it('covers every preset and story chart in at least one chart type', () => {
    const names = new Set(cases.map((c) => c.name.split('.')[0]));
    for (const [name] of namedSpecs()) expect(names).toContain(name);
    expect(cases.length).toBeGreaterThan(namedSpecs().length);
  });

  it.each(cases)('$name', async ({ name, spec }) => {
    const data = specChartData(folder, spec);
    await loadChartCode(data.spec);
    const html = renderToString(<SpecChartView data={data} />);
    // A chart with no series would snapshot an empty frame: the fixture must hold data for every case.
    expect(data.series.length).toBeGreaterThan(0);
    await expect(readable(html)).toMatchFileSnapshot(`./__snapshots__/${name}.html`);
  });
});
