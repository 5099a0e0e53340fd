// Words for a spec: the title ("China’s exports to Russia: CHPL tier 4.B") and the subtitle stating the unit,
// frequency and range ("US$, current prices, annual, 2017–2023"). Generated, so every chart says what it shows.
import type { Series, Unit } from '../../data/series';
import { chartTypeRow } from '../../spec/chart-types';
import { DATASETS } from '../../spec/datasets';
import type { ChartSpec, ProductSelector } from '../../spec/schema';
import { transformRow } from '../../spec/transforms';
import { TIER_ORDER } from '../../data/tiers';
import { unitAxisLabel } from '../../charts/kit/unit-format';
import { shortPartyName } from '../../charts/kit/party-names';
import { activeIntlLocale, activeLocale, i18n } from '../../i18n/i18n';

export function partyName(code: string, names: ReadonlyMap<string, string>): string {
  return shortPartyName(code) ?? names.get(code) ?? code;
}

/** At the start of a title ("The EU"); the title's message adds the possessive where its language has one. */
const initial = (name: string) => name.replace(/^the /, 'The ');

/** The words for one kind of product selector on its own (a breakdown's message frames them). */
function selectionPhrase(spec: ChartSpec, series: readonly Series[]): string {
  const { products } = spec;
  const tiers = products.filter((p): p is Extract<ProductSelector, { kind: 'tier' }> => p.kind === 'tier');
  const only = products.length === 1 ? products[0]?.kind : undefined;
  if (tiers.length === products.length && tiers.length === TIER_ORDER.length)
    return i18n._({ id: 'describe.by-tier', message: 'CHPL goods by tier' });
  if (tiers.length === products.length) {
    const list = tiers.map((t) => t.tier).join(', ');
    return tiers.length === 1
      ? i18n._({ id: 'describe.tier', message: 'CHPL tier {list}' }, { list })
      : i18n._({ id: 'describe.tiers', message: 'CHPL tiers {list}' }, { list });
  }
  if (only === 'chpl-all') return i18n._({ id: 'describe.chpl-all', message: 'all CHPL goods' });
  if (only === 'total') return i18n._({ id: 'describe.all', message: 'all goods' });
  if (only === 'eu-sanctioned') return i18n._({ id: 'describe.eu-sanc', message: 'EU-sanctioned goods' });
  if (only && spec.breakdown === 'none')
    return series[0]?.label ?? i18n._({ id: 'describe.one', message: 'one product' });
  return i18n._({ id: 'describe.selected', message: 'selected products' });
}

function productsPhrase(spec: ChartSpec, series: readonly Series[]): string {
  const phrase = selectionPhrase(spec, series);
  if (spec.breakdown === 'none') return phrase;
  return i18n._(
    { id: 'describe.top', message: 'top {n} {level} codes in {phrase}' },
    { n: series.length, level: spec.breakdown.toUpperCase(), phrase },
  );
}

export function specTitle(
  spec: ChartSpec,
  series: readonly Series[],
  names: ReadonlyMap<string, string>,
): string {
  const { flow } = spec;
  const products = productsPhrase(spec, series);
  if (flow.kind === 'bilateral') {
    const from = initial(partyName(flow.exporter, names));
    const to = partyName(flow.importer, names);
    return i18n._(
      { id: 'describe.title', message: '{from}’s exports to {to}: {products}' },
      { from, to, products },
    );
  }
  const reporter = initial(partyName(flow.reporter, names));
  return flow.direction === 'exports'
    ? i18n._(
        { id: 'describe.title-x', message: '{reporter}’s exports by partner: {products}' },
        { reporter, products },
      )
    : i18n._(
        { id: 'describe.title-m', message: '{reporter}’s imports by partner: {products}' },
        { reporter, products },
      );
}

/** The subtitle's unit: the axis's words, but only "%" for a share (the transform's phrase names the share). */
export function unitPhrase(unit: Unit): string {
  return unit.kind === 'percent' ? '%' : unitAxisLabel(unit);
}

function transformPhrase(spec: ChartSpec): string | null {
  return transformRow(spec.transform).phrase(spec.transform, spec.measure);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2020-01" -> "Jan 2020" ("2020年1月", "янв. 2020 г."); a year stays as it is. */
export function periodText(period: string): string {
  if (period.length !== 7) return period;
  if (activeLocale() !== 'en') {
    const date = new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5)) - 1, 1));
    const format = { year: 'numeric', month: 'short', timeZone: 'UTC' } as const;
    return new Intl.DateTimeFormat(activeIntlLocale(), format).format(date);
  }
  return `${MONTHS[Number(period.slice(5)) - 1] ?? period.slice(5)} ${period.slice(0, 4)}`;
}

/** The subtitle's parts are a list of attributes, not a sentence: each part is one message, joined per language. */
export function specSubtitle(spec: ChartSpec, unit: Unit, periods: readonly string[]): string {
  const freq =
    periods[0]?.length === 7
      ? i18n._({ id: 'describe.monthly', message: 'monthly' })
      : i18n._({ id: 'describe.annual', message: 'annual' });
  // Ranked bars show the last period only.
  const shown = chartTypeRow(spec.chart).periods === 'latest' ? periods.slice(-1) : periods;
  const first = periodText(shown[0] ?? '');
  const range = shown.length > 1 ? `${first}–${periodText(shown.at(-1) ?? '')}` : first;
  const transform = transformPhrase(spec);
  // The like-for-like basis is part of what the chart shows: said where the unit and range are.
  const codes = spec.comparable
    ? i18n._({ id: 'describe.comparable', message: 'codes comparable across the HS change only' })
    : null;
  const basis =
    DATASETS[spec.dataset].basis === 'china'
      ? i18n._({ id: 'describe.as-china', message: 'as China declared them' })
      : null;
  const parts = [transform, unitPhrase(unit), freq, basis, codes, range].filter(
    (part): part is string => !!part,
  );
  const text = parts.join(i18n._({ id: 'describe.sep', message: ', ' }));
  return text.charAt(0).toUpperCase() + text.slice(1);
}
