// Everything a SpecChartData holds, from a spec and its loaded tables. Pure; useSpecData memoises the parts.
import { partnerName } from '../../data/partner-names';
import type { EventRow } from '../../data/schema';
import type { SpecChartData } from '../../charts/spec-chart/types';
import type { SpecSeries, SpecTables } from '../../query/spec-series';
import type { ChartSpec } from '../../spec/schema';
import { chartContext } from './chart-context';
import { breakClause, periodCrossings, sourceBreaks } from './break-clause';
import { specSubtitle, specTitle } from './describe-spec';
import { i18n } from '../../i18n/i18n';

export interface ChartTexts {
  title?: string | undefined;
  subtitle?: string | undefined;
}

export interface BuildInput {
  spec: ChartSpec;
  tables: SpecTables;
  computed: SpecSeries;
  flowPaths: readonly string[];
  filePaths: readonly string[];
  events: readonly EventRow[];
  texts?: ChartTexts;
  /** Notes on the HS change (src/query/hs-change-notes.ts, loaded on first use); absent = none. */
  hsNotes?: readonly string[];
}

export function partnerNameMap(tables: SpecTables): ReadonlyMap<string, string> {
  return new Map((tables.partners ?? []).map((p) => [p.code, partnerName(p)]));
}

/**
 * The spec's subtitle, and, when its values compare periods on two sides of a break (a change on a year earlier, an
 * index on a base period), the break named in the same sentence: the subtitle is also the table's and the embed's
 * caption, so all three say it.
 */
function subtitleOf({ spec, tables, computed, flowPaths }: BuildInput): string {
  const subtitle = specSubtitle(spec, computed.unit, computed.periods);
  const clause = breakClause(spec, sourceBreaks(tables.manifest, flowPaths), computed.periods);
  if (clause === null) return subtitle;
  return i18n._({ id: 'break.subtitle', message: '{subtitle}; {clause}' }, { subtitle, clause });
}

export function buildSpecChartData(input: BuildInput): SpecChartData {
  const { spec, tables, computed, flowPaths, filePaths, events, texts = {} } = input;
  const context = chartContext({
    spec,
    manifest: tables.manifest,
    flowPaths,
    periods: computed.periods,
    events,
    concordance: tables.concordance,
  });
  return {
    spec,
    series: computed.series,
    unit: computed.unit,
    periods: computed.periods,
    breaks: context.breaks,
    events: context.events,
    sources: context.sources,
    caveats: context.caveats,
    filePaths,
    flowRows: computed.flowRows,
    overlaps: computed.overlaps,
    notices: computed.notices,
    hsNotes: input.hsNotes ?? [],
    title: texts.title ?? specTitle(spec, computed.series, partnerNameMap(tables)),
    subtitle: texts.subtitle ?? subtitleOf(input),
    crossings: periodCrossings(spec, sourceBreaks(tables.manifest, flowPaths), computed.periods),
    sourceLine: context.sourceLine,
    dataVersion: tables.manifest.dataVersion,
  };
}
