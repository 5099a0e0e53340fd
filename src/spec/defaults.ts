// The default view, per dataset: its DATASETS row's flow, products and range, and the view's own defaults. The URL
// stores only what differs from the defaults of the spec's dataset, so `?v=1&d=imf-partners` alone is a complete,
// sensible chart.
import { DATASETS, type DatasetDefaults } from './datasets';
import type { ChartSpec, DatasetId } from './schema';

const VIEW_DEFAULTS = {
  breakdown: 'none',
  measure: 'value',
  transform: { kind: 'absolute' },
  chart: 'line',
  scale: 'linear',
  topN: 10,
  events: true,
  breaks: true,
  view: 'chart',
} as const satisfies Omit<ChartSpec, 'dataset' | keyof DatasetDefaults>;

/** A fresh default spec for `dataset` (a new object each call: callers may not share nested arrays). */
export function defaultSpecFor(dataset: DatasetId): ChartSpec {
  return structuredClone({ dataset, ...DATASETS[dataset].defaults, ...VIEW_DEFAULTS });
}

/** CHPL by tier, China -> Russia, BACI, 2017-2023, value, absolute, line, linear scale, events and breaks on. */
export const DEFAULT_SPEC: Readonly<ChartSpec> = Object.freeze(defaultSpecFor('baci-hs6'));
