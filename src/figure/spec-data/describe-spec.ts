// Words for a spec: the title ("China’s exports to Russia: CHPL tier 4.B") and the subtitle stating the unit,
// frequency and range ("US$, current prices, annual, 2017–2023"). Generated, so every chart says what it shows.
import type { Series, Unit } from '../../data/series';
import { chartTypeRow } from '../../spec/chart-types';
import { DATASETS } from '../../spec/datasets';
import type { ChartSpec, ProductSelector } from '../../spec/schema';
import { transformRow } from '../../spec/transforms';
import { TIER_ORDER } from '../../data/tiers';
import { ownValue } from '../../spec/own';
import { unitAxisLabel } from '../../charts/kit/unit-format';

/** Codes whose common name differs from partners.csv's formal one, or aggregates without a country name. */
const SHORT_NAMES: Readonly<Record<string, string>> = {
  EU27: 'the EU',
  G998: 'the EU',
  G001: 'the world',
  RUS: 'Russia',
  CHN: 'China',
};

export function partyName(code: string, names: ReadonlyMap<string, string>): string {
  return ownValue(SHORT_NAMES, code) ?? names.get(code) ?? code;
}

const possessive = (name: string) => `${name.replace(/^the /, 'The ')}’s`;

function productsPhrase(spec: ChartSpec, series: readonly Series[]): string {
  const { products } = spec;
  const tiers = products.filter((p): p is Extract<ProductSelector, { kind: 'tier' }> => p.kind === 'tier');
  let phrase: string;
  if (tiers.length === products.length && tiers.length === TIER_ORDER.length) phrase = 'CHPL goods by tier';
  else if (tiers.length === products.length) {
    phrase = `CHPL ${tiers.length === 1 ? 'tier' : 'tiers'} ${tiers.map((t) => t.tier).join(', ')}`;
  } else if (products.length === 1 && products[0]?.kind === 'chpl-all') phrase = 'all CHPL goods';
  else if (products.length === 1 && products[0]?.kind === 'total') phrase = 'all goods';
  else if (products.length === 1 && products[0]?.kind === 'eu-sanctioned') phrase = 'EU-sanctioned goods';
  else if (products.length === 1 && spec.breakdown === 'none') phrase = series[0]?.label ?? 'one product';
  else phrase = 'selected products';
  if (spec.breakdown === 'none') return phrase;
  return `top ${series.length} ${spec.breakdown.toUpperCase()} codes in ${phrase}`;
}

export function specTitle(
  spec: ChartSpec,
  series: readonly Series[],
  names: ReadonlyMap<string, string>,
): string {
  const { flow } = spec;
  const products = productsPhrase(spec, series);
  if (flow.kind === 'bilateral') {
    const exporter = partyName(flow.exporter, names);
    return `${possessive(exporter)} exports to ${partyName(flow.importer, names)}: ${products}`;
  }
  const reporter = possessive(partyName(flow.reporter, names));
  return `${reporter} ${flow.direction} by partner: ${products}`;
}

/** The subtitle's unit: the axis's words, but only "%" for a share (the transform's phrase names the share). */
export function unitPhrase(unit: Unit): string {
  return unit.kind === 'percent' ? '%' : unitAxisLabel(unit);
}

function transformPhrase(spec: ChartSpec): string | null {
  const measure = { value: 'value', quantity: 'quantity', 'unit-value': 'unit value' }[spec.measure];
  return transformRow(spec.transform).phrase(spec.transform, measure);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2020-01" -> "Jan 2020"; a year stays as it is. */
export function periodText(period: string): string {
  if (period.length !== 7) return period;
  return `${MONTHS[Number(period.slice(5)) - 1] ?? period.slice(5)} ${period.slice(0, 4)}`;
}

export function specSubtitle(spec: ChartSpec, unit: Unit, periods: readonly string[]): string {
  const freq = periods[0]?.length === 7 ? 'monthly' : 'annual';
  // Ranked bars show the last period only.
  const shown = chartTypeRow(spec.chart).periods === 'latest' ? periods.slice(-1) : periods;
  const first = periodText(shown[0] ?? '');
  const range = shown.length > 1 ? `${first}–${periodText(shown.at(-1) ?? '')}` : first;
  const transform = transformPhrase(spec);
  // The like-for-like basis is part of what the chart shows: said where the unit and range are.
  const codes = spec.comparable ? 'codes comparable across the HS change only' : null;
  const parts = [transform, unitPhrase(unit), freq, DATASETS[spec.dataset].basis, codes, range].filter(
    (part): part is string => !!part,
  );
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
