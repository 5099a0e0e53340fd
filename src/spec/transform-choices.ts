// The explorer's side of each transform, one row each (the type makes a missing row a compile error): its name
// among the explorer's choices and the transform it picks for a kind. Apart from TRANSFORMS (transforms.ts),
// which the spec parser and every chart read, because only the explorer's controls use these: a page that only
// draws a chart (the embed) does not load them.
import type { DatasetCapabilities } from './datasets';
import { periodStart } from './period-range';
import type { TransformKind, TransformOf } from './transforms';

export interface TransformChoice<K extends TransformKind> {
  /** The explorer's choice. */
  label: string;
  /** The transform the explorer picks for this kind, for a dataset and the spec's start. */
  initial(dataset: DatasetCapabilities, from: string): TransformOf<K>;
}

export const TRANSFORM_CHOICES: { readonly [K in TransformKind]: TransformChoice<K> } = {
  absolute: { label: 'Absolute', initial: () => ({ kind: 'absolute' }) },
  share: {
    label: 'Share of total',
    initial: (dataset) => ({ kind: 'share', of: dataset.shareOf[0] ?? 'selection' }),
  },
  index: {
    label: 'Index (base period = 100)',
    initial: (dataset, from) => ({
      kind: 'index',
      base: dataset.freq === 'M' ? periodStart(from) : from.slice(0, 4),
    }),
  },
  yoy: { label: 'Change on a year earlier (%)', initial: () => ({ kind: 'yoy' }) },
  rolling: { label: 'Rolling sum (monthly)', initial: () => ({ kind: 'rolling', window: 12 }) },
  ytd: { label: 'Year to date (monthly, from January)', initial: () => ({ kind: 'ytd' }) },
};
