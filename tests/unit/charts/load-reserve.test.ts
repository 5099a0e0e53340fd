// The loading box of a time chart (chart.css, .load-progress.time-chart) is as tall as the smallest plot a time
// chart draws, so the box never overshoots (the text below would jump up) and rarely falls short.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartHeight } from '../../../src/charts/kit/time-frame';

const css = readFileSync(path.join(import.meta.dirname, '../../../src/figure/chart.css'), 'utf8');

describe('the loading box of a time chart', () => {
  it('is as tall as the smallest plot, whatever the width', () => {
    const reserved = /\.load-progress\.time-chart \{\s*min-height: (\d+)px;/.exec(css)?.[1];
    const smallest = Math.min(...[280, 366, 559, 560, 720, 833, 1000, 1400].map(chartHeight));
    expect(Number(reserved)).toBe(smallest);
  });
});
