// The explorer's side of each transform, one row each (the type makes a missing row a compile error): the
// transform it picks for a kind. Its name among the choices is the explorer's own (src/explorer/availability.ts),
// so its translations stay in the pages' catalogue. Apart from TRANSFORMS (transforms.ts), which the spec parser
// and every chart read, because only the explorer's controls use these: a page that only draws a chart (the
// embed) does not load them.
import type { DatasetCapabilities } from './datasets';
import { periodStart } from './period-range';
import type { TransformKind, TransformOf } from './transforms';

export interface TransformChoice<K extends TransformKind> {
  /** The transform the explorer picks for this kind, for a dataset and the spec's start. */
  initial(dataset: DatasetCapabilities, from: string): TransformOf<K>;
}

export const TRANSFORM_CHOICES: { readonly [K in TransformKind]: TransformChoice<K> } = {
  absolute: { initial: () => ({ kind: 'absolute' }) },
  share: { initial: (dataset) => ({ kind: 'share', of: dataset.shareOf[0] ?? 'selection' }) },
  index: {
    initial: (dataset, from) => ({
      kind: 'index',
      base: dataset.freq === 'M' ? periodStart(from) : from.slice(0, 4),
    }),
  },
  yoy: { initial: () => ({ kind: 'yoy' }) },
  rolling: { initial: () => ({ kind: 'rolling', window: 12 }) },
  ytd: { initial: () => ({ kind: 'ytd' }) },
};
