// A ChartSpec and the tables it needs -> the series a chart draws, their unit, the periods of the x axis,
// notices for the reader, and the tidy rows behind it all. Pure: the same call runs in tests and in Node.
import type {
  ChplItem,
  ConcordanceRow,
  Currency,
  FlowRow,
  Manifest,
  PartnerRow,
  ProductRow,
} from '../data/schema';
import { partnerName } from '../data/partner-names';
import type { Series, Unit } from '../data/series';
import type { ChartSpec, Measure } from '../spec/schema';
import { chartTypeRow } from '../spec/chart-types';
import { DATASETS } from '../spec/datasets';
import { defaultSpecFor } from '../spec/defaults';
import { MAX_SERIES } from '../spec/fields';
import { transformRow } from '../spec/transforms';
import { measureSeries, otherCurrencyRows, type RowGroup } from './measure-series';
import { comparableCatalog, hs2022Catalog, productCatalog } from './product-catalog';
import { denominatorGroup } from './spec-denominator';
import { seriesGroups, type Breakdown, type GroupContext } from './spec-groups';
import { leadInPeriods, specPeriods, withLeadIn } from './spec-periods';
import { applyTransform, trimToPeriods } from './spec-transform';
import { approximateNotices } from './approximate-notices';
import { activeLocale, i18n } from '../i18n/i18n';
import { seriesOverlaps, type SeriesOverlap } from './overlaps';

export interface SpecTables {
  manifest: Manifest;
  /** Loaded flow files by public/data path. */
  flows: ReadonlyMap<string, readonly FlowRow[]>;
  concordance: readonly ConcordanceRow[];
  chpl?: readonly ChplItem[];
  products?: readonly ProductRow[];
  partners?: readonly PartnerRow[];
  /** The currency of a dataset whose files do not fix one (a reader's file in CNY); else the dataset's. */
  currency?: Currency;
}

export interface SpecSeries {
  series: Series[];
  unit: Unit;
  periods: string[];
  notices: string[];
  /** The tidy rows behind the series, each once even where two series share it (a tier and one of its codes). */
  flowRows: FlowRow[];
  /** Pairs of series that hold the same trade (see overlaps.ts): a stack of them would count it twice. */
  overlaps: SeriesOverlap[];
}

export function specUnit(
  spec: Pick<ChartSpec, 'dataset' | 'measure' | 'transform'>,
  currency: Currency = DATASETS[spec.dataset].currency,
): Unit {
  return transformRow(spec.transform).unit(spec.transform, measuredUnit(spec.measure, currency));
}

/** The unit of a measure before any transform. */
function measuredUnit(measure: Measure, currency: Currency): Unit {
  if (measure === 'quantity') return { kind: 'quantity', unit: 't' };
  if (measure === 'unit-value') return { kind: 'unit-value', currency, per: 'kg' };
  return { kind: 'currency', currency };
}

/** Partner names by code, for the last table and language asked (a reader who switches gets the other names). */
let partnerNamesCache: [readonly PartnerRow[], string, ReadonlyMap<string, string>] | undefined;
function partnerNames(partners: readonly PartnerRow[] = []): ReadonlyMap<string, string> {
  if (partnerNamesCache?.[0] !== partners || partnerNamesCache[1] !== activeLocale())
    partnerNamesCache = [partners, activeLocale(), new Map(partners.map((p) => [p.code, partnerName(p)]))];
  return partnerNamesCache[2];
}

/** The notice for a transform of unit values: one whole sentence per transform (share, year-to-date sum). */
function uselessOnUnitValues(kind: ChartSpec['transform']['kind'], name: string): string {
  if (kind === 'share')
    return i18n._({
      id: 'q.uv-share',
      message: 'A share of unit values is not meaningful: showing the unit values themselves.',
    });
  if (kind === 'ytd')
    return i18n._({
      id: 'q.uv-ytd',
      message: 'A year-to-date sum of unit values is not meaningful: showing the unit values themselves.',
    });
  return i18n._(
    { id: 'q.uv', message: 'A {name} of unit values is not meaningful: showing the unit values themselves.' },
    { name },
  );
}

/** A share or a running sum of prices means nothing: unit values are shown as they are, with a notice. */
function effectiveSpec(spec: ChartSpec, notices: string[]): ChartSpec {
  const name = transformRow(spec.transform).meaninglessOnUnitValues;
  if (spec.measure !== 'unit-value' || name === null) return spec;
  notices.push(uselessOnUnitValues(spec.transform.kind, name));
  return { ...spec, transform: { kind: 'absolute' } };
}

/** Series names in a notice: "a, b" (Chinese "a、b"). */
const listed = (items: readonly string[]) => items.join(activeLocale() === 'zh' ? '、' : ', ');

function groupNotices(spec: ChartSpec, groups: RowGroup[], breakdown: Breakdown, to: string): string[] {
  const notices: string[] = [];
  const { available, withTrade } = breakdown;
  if (available > groups.length) {
    const level = spec.breakdown.toUpperCase();
    // Counted as the story counts codes ("48 codes had trade in 2023"), so the two never disagree.
    const others = available - withTrade;
    const values = { n: groups.length, total: withTrade, level, to, others };
    notices.push(
      others > 0
        ? i18n._(
            {
              id: 'q.top-rest',
              message:
                'Showing the top {n} of the {total} {level} codes with trade in {to}, by value; {others} more had trade only in other years shown.',
            },
            values,
          )
        : i18n._(
            {
              id: 'q.top',
              message: 'Showing the top {n} of the {total} {level} codes with trade in {to}, by value.',
            },
            values,
          ),
    );
  }
  const empty = groups.filter((g) => g.rows.length === 0).map((g) => g.label);
  if (empty.length > 0)
    notices.push(
      i18n._({ id: 'q.no-rows', message: 'No rows in the data for: {list}.' }, { list: listed(empty) }),
    );
  return notices;
}

function measureNotices(spec: ChartSpec, series: readonly Series[]): string[] {
  if (spec.measure === 'value') return [];
  const empty = series.filter((s) => s.points.every((p) => p.value === null)).map((s) => s.label);
  if (empty.length === 0) return [];
  const list = listed(empty);
  return [
    spec.measure === 'quantity'
      ? i18n._(
          {
            id: 'q.no-qty',
            message: 'No quantities reported for: {list} (the source has no quantity for these rows).',
          },
          { list },
        )
      : i18n._(
          {
            id: 'q.no-uv',
            message: 'No unit values reported for: {list} (the source has no quantity for these rows).',
          },
          { list },
        ),
  ];
}

function logNotice(spec: ChartSpec, series: readonly Series[]): string[] {
  if (spec.scale !== 'log') return [];
  const count = series.flatMap((s) => s.points).filter((p) => p.value !== null && p.value <= 0).length;
  return count > 0
    ? [
        i18n._(
          {
            id: 'q.log',
            message: '{count} values at or below zero cannot be drawn on a log scale and are left out.',
          },
          { count },
        ),
      ]
    : [];
}

/** Ranked bars: the series ordered by their value in the last period, largest first, top N kept. */
function ranked(series: Series[], topN: number): Series[] {
  const last = (s: Series) => s.points.at(-1)?.value ?? -Infinity;
  return [...series].sort((a, b) => last(b) - last(a)).slice(0, topN);
}

/** The last period any loaded flow file has a row for (null when none has one). */
function lastFilePeriod(flows: SpecTables['flows'], freq: string): string | null {
  let last: string | null = null;
  for (const rows of flows.values())
    for (const row of rows) if (row.freq === freq && (last === null || row.period > last)) last = row.period;
  return last;
}

/**
 * An open-ended dataset's chart stops at its file's last month: later months are unpublished, not empty. The
 * default end means "the latest month"; an end the reader chose beyond the data is noted.
 */
function openEndPeriods(periods: string[], spec: ChartSpec, tables: SpecTables, notices: string[]) {
  const { openEnd, freq } = DATASETS[spec.dataset];
  const last = openEnd ? lastFilePeriod(tables.flows, freq) : null;
  const kept = last === null ? periods : periods.filter((period) => period <= last);
  if (kept.length === 0 || kept.length === periods.length) return periods;
  if (spec.to !== defaultSpecFor(spec.dataset).to)
    notices.push(
      i18n._(
        {
          id: 'q.end',
          message: 'The data end in {last}: later months were not published, or not fetched, when retrieved.',
        },
        { last: last ?? '' },
      ),
    );
  return kept;
}

export function seriesForSpec(requested: ChartSpec, tables: SpecTables): SpecSeries {
  const notices: string[] = [];
  const spec = effectiveSpec(requested, notices);
  const { freq, hs2022 } = DATASETS[spec.dataset];
  const currency = tables.currency ?? DATASETS[spec.dataset].currency;
  const periods = openEndPeriods(specPeriods(spec.from, spec.to, freq), spec, tables, notices);
  const computed = new Set(withLeadIn(periods, leadInPeriods(spec.transform, freq), freq));
  const allCodes = hs2022
    ? hs2022Catalog(tables.concordance, tables.chpl)
    : productCatalog(tables.concordance, tables.chpl, tables.products);
  const catalog = spec.comparable
    ? comparableCatalog(allCodes, tables.concordance, hs2022 === true)
    : allCodes;
  const context: GroupContext = {
    spec,
    manifest: tables.manifest,
    flows: tables.flows,
    catalog,
    inPeriods: (row) => row.freq === freq && computed.has(row.period),
  };
  // More lines than MAX_SERIES stop being readable; ranked bars may show up to topN.
  const to = periods.at(-1) ?? spec.to;
  const latestOnly = chartTypeRow(spec.chart).periods === 'latest';
  const count = latestOnly ? spec.topN : Math.min(spec.topN, MAX_SERIES);
  const breakdown = seriesGroups(context, partnerNames(tables.partners), to, count);
  const { groups } = breakdown;
  notices.push(...groupNotices(spec, groups, breakdown, to));
  const skipped = otherCurrencyRows(groups, currency);
  if (skipped > 0)
    notices.push(
      i18n._(
        { id: 'q.currency', message: '{skipped} rows not in {currency} are left out.' },
        { skipped, currency },
      ),
    );

  const options = { measure: spec.measure, periods: [...computed], freq, currency };
  const measured = groups.map((group) => measureSeries(group, options));
  notices.push(...measureNotices(spec, measured));
  const denominator = denominatorGroup(context);
  const total = denominator ? measureSeries(denominator, options) : null;
  const transformed = applyTransform(measured, spec.transform, total);
  notices.push(...transformed.notices);
  let series = transformed.series.map((s) => trimToPeriods(s, periods));
  if (latestOnly) series = ranked(series, spec.topN);
  notices.push(...logNotice(spec, series));
  const shownKeys = new Set(series.map((s) => s.key));
  // HS 2022 data hold the CHPL codes themselves: no HS 2017 stand-ins to flag.
  if (!hs2022) notices.push(...approximateNotices([...shownKeys], tables.concordance));
  const shownGroups = groups.filter((g) => shownKeys.has(g.key));
  const flowRows = [...new Set(shownGroups.flatMap((g) => g.rows))];
  const overlaps = seriesOverlaps(shownGroups, spec, tables.partners);
  return { series, unit: specUnit(spec, currency), periods, notices, flowRows, overlaps };
}
