// Which choices a dataset allows, each with the reason when it does not: controls stay visible but
// disabled and say why, read from DATASETS rather than from `if`s per dataset.
import {
  chartTypeRow,
  DATASETS,
  TRANSFORM_KINDS,
  TRANSFORMS,
  transformRow,
  type ChartSpec,
  type Measure,
  type ShareDenominator,
  type Transform,
  type TransformKind,
} from '../spec';
import type { Currency } from '../data/schema';
import { i18n } from '../i18n/i18n';
import { TRANSFORM_CHOICES } from '../spec/transform-choices';
import { datasetWords } from './dataset-words';

export interface Choice<T extends string> {
  value: T;
  label: string;
  /** Null when the choice can be made. */
  disabledReason: string | null;
}

const CURRENCY_WORDS: Readonly<Record<Currency, string>> = { USD: 'US$', EUR: 'EUR', CNY: 'CNY' };

// Labels are functions: read at render, in the language then active.
const MEASURE_LABELS: Readonly<Record<Measure, (currency: string) => string>> = {
  value: (currency) => i18n._({ id: 'measure.value', message: 'Value ({currency})' }, { currency }),
  quantity: () => i18n._({ id: 'measure.quantity', message: 'Quantity (tonnes)' }),
  'unit-value': () => i18n._({ id: 'measure.unit-value', message: 'Unit value (US$ per kg)' }),
};

export function measureChoices(spec: ChartSpec): Choice<Measure>[] {
  const dataset = DATASETS[spec.dataset];
  // A reader's file may be in yuan: its chart says which; the choice does not guess.
  const currency = dataset.inBrowser
    ? i18n._({ id: 'measure.your-currency', message: 'your file’s currency' })
    : CURRENCY_WORDS[dataset.currency];
  return (Object.keys(MEASURE_LABELS) as Measure[]).map((value) => ({
    value,
    label: MEASURE_LABELS[value](currency),
    disabledReason: dataset.measures.includes(value)
      ? null
      : i18n._(
          { id: 'measure.no-quantities', message: '{dataset} has no quantities' },
          { dataset: datasetWords(spec.dataset).name },
        ),
  }));
}

export type { TransformKind };

/** Each transform's name among the explorer's choices, read at render in the language then active. */
const TRANSFORM_LABELS: Readonly<Record<TransformKind, () => string>> = {
  absolute: () => i18n._({ id: 'transform.absolute', message: 'Absolute' }),
  share: () => i18n._({ id: 'transform.share', message: 'Share of total' }),
  index: () => i18n._({ id: 'transform.index', message: 'Index (base period = 100)' }),
  yoy: () => i18n._({ id: 'transform.yoy', message: 'Change on a year earlier (%)' }),
  rolling: () => i18n._({ id: 'transform.rolling', message: 'Rolling sum (monthly)' }),
  ytd: () => i18n._({ id: 'transform.ytd', message: 'Year to date (monthly, from January)' }),
};

/** Why a transform cannot be chosen, in the active language: TRANSFORMS decides, the explorer words it (so the
 * words stay out of the spec every embed loads). */
function unavailableReason(kind: TransformKind, spec: ChartSpec): string | null {
  if (TRANSFORMS[kind].available(DATASETS[spec.dataset])) return null;
  // Only a share needs a total to divide by; the other transforms a dataset can lack are the monthly ones.
  return kind === 'share'
    ? i18n._(
        { id: 'transform.no-total', message: '{dataset} has no total to divide by' },
        { dataset: datasetWords(spec.dataset).name },
      )
    : i18n._({ id: 'transform.monthly-only', message: 'Only for monthly data' });
}

export function transformChoices(spec: ChartSpec): Choice<TransformKind>[] {
  return TRANSFORM_KINDS.map((value) => ({
    value,
    label: TRANSFORM_LABELS[value](),
    disabledReason: unavailableReason(value, spec),
  }));
}

const SHARE_LABELS: Readonly<Record<ShareDenominator, () => string>> = {
  total: () => i18n._({ id: 'share.total', message: 'all goods of this flow' }),
  chpl: () => i18n._({ id: 'share.chpl', message: 'all CHPL goods' }),
  selection: () => i18n._({ id: 'share.selection', message: 'the series shown' }),
};

export function shareChoices(spec: ChartSpec): Choice<ShareDenominator>[] {
  return DATASETS[spec.dataset].shareOf.map((value) => ({
    value,
    label: SHARE_LABELS[value](),
    disabledReason: null,
  }));
}

/** Mirrors the spec's scale rule (src/spec/consistency.ts) to explain it before the reader picks. */
export function logScaleReason(spec: ChartSpec): string | null {
  if (!chartTypeRow(spec.chart).logScale)
    return i18n._({
      id: 'scale.log-charts',
      message: 'Log scale suits line charts and small multiples only',
    });
  if (transformRow(spec.transform).signed)
    return i18n._({ id: 'scale.log-signed', message: 'Changes can be negative: no log scale' });
  return null;
}

/** A default transform of a kind, for the current dataset and range. */
export function transformOfKind(kind: TransformKind, spec: ChartSpec): Transform {
  return TRANSFORM_CHOICES[kind].initial(DATASETS[spec.dataset], spec.from);
}
