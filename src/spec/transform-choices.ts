// The explorer's side of each transform, one row each (the type makes a missing row a compile error): its name
// among the explorer's choices and the transform it picks for a kind. Apart from TRANSFORMS (transforms.ts),
// which the spec parser and every chart read, because only the explorer's controls use these: a page that only
// draws a chart (the embed) does not load them.
import { i18n } from '../i18n/i18n';
import type { DatasetCapabilities } from './datasets';
import { periodStart } from './period-range';
import type { TransformKind, TransformOf } from './transforms';

export interface TransformChoice<K extends TransformKind> {
  /** The explorer's choice, in the language active now (read at render). */
  label(): string;
  /** The transform the explorer picks for this kind, for a dataset and the spec's start. */
  initial(dataset: DatasetCapabilities, from: string): TransformOf<K>;
}

export const TRANSFORM_CHOICES: { readonly [K in TransformKind]: TransformChoice<K> } = {
  absolute: {
    label: () => i18n._({ id: 'transform.absolute', message: 'Absolute' }),
    initial: () => ({ kind: 'absolute' }),
  },
  share: {
    label: () => i18n._({ id: 'transform.share', message: 'Share of total' }),
    initial: (dataset) => ({ kind: 'share', of: dataset.shareOf[0] ?? 'selection' }),
  },
  index: {
    label: () => i18n._({ id: 'transform.index', message: 'Index (base period = 100)' }),
    initial: (dataset, from) => ({
      kind: 'index',
      base: dataset.freq === 'M' ? periodStart(from) : from.slice(0, 4),
    }),
  },
  yoy: {
    label: () => i18n._({ id: 'transform.yoy', message: 'Change on a year earlier (%)' }),
    initial: () => ({ kind: 'yoy' }),
  },
  rolling: {
    label: () => i18n._({ id: 'transform.rolling', message: 'Rolling sum (monthly)' }),
    initial: () => ({ kind: 'rolling', window: 12 }),
  },
  ytd: {
    label: () => i18n._({ id: 'transform.ytd', message: 'Year to date (monthly, from January)' }),
    initial: () => ({ kind: 'ytd' }),
  },
};
