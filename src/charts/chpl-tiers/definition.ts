// The CHPL-by-tier chart: China's exports to Russia of CHPL goods per tier, 2017-2023, from BACI. A pure
// function of the loaded files, so the story, the explorer and the embed draw exactly the same chart.
import { DATA_FILES } from '../../data/files';
import { chplTierSeries, tierOfConcordance } from '../../data/query/tier-series';
import type { ChplTier, ConcordanceRow, EventRow, FlowRow, Manifest } from '../../data/schema';
import { TIER_ORDER } from '../../data/tiers';
import { colourAt, type SeriesColour } from '../palette';
import { periodStart } from '../time';
import type { ChartBreak, ChartEvent, LineChartData } from '../line/types';

export const CHPL_TIERS_CHART_ID = 'chpl-tiers';
export const CHPL_TIERS_TITLE = 'China’s exports to Russia of high-priority dual-use goods, by CHPL tier';
const EXPORTER = 'CHN';
const IMPORTER = 'RUS';
const FROM = '2017';
const TO = '2023';
export const CHPL_TIERS_SUBTITLE = `China’s exports to Russia, CHPL goods by tier, US$, current prices, ${FROM}–${TO}`;

export interface ChplTiersInput {
  manifest: Manifest;
  flows: readonly FlowRow[];
  concordance: readonly ConcordanceRow[];
  events: readonly EventRow[];
  tiers?: readonly ChplTier[];
}

export interface ChartNote {
  id: string;
  title: string;
  text: string;
}

export interface ChplTiersChartModel {
  title: string;
  subtitle: string;
  sourceLine: string;
  data: LineChartData;
  notes: ChartNote[];
  sourceNames: ReadonlyMap<string, string>;
}

/** Colours follow the tier, not its position, so hiding a tier never recolours the others. */
export const TIER_COLOURS: ReadonlyMap<string, SeriesColour> = new Map(
  TIER_ORDER.map((tier, i) => [tier, colourAt(i)]),
);

function flowsFile(manifest: Manifest) {
  return manifest.files.find((f) => f.path === DATA_FILES.baciChpl);
}

/** Only the breaks of the sources this chart's file is built from (not, say, the IMF's). */
function chartBreaks(manifest: Manifest): ChartBreak[] {
  const sources = flowsFile(manifest)?.sources ?? [];
  return manifest.breaks
    .filter((b) => sources.includes(b.source) && b.after >= FROM && b.before <= TO)
    .map((b) => ({ id: b.id, at: periodStart(b.before), label: b.label }));
}

function chartEvents(events: readonly EventRow[]): ChartEvent[] {
  return events
    .filter((e) => e.date >= `${FROM}-01-01` && e.date <= `${TO}-12-31`)
    .map((e) => ({
      id: e.id,
      date: e.date,
      label: e.label,
      description: e.description,
      sourceTitle: e.source_title,
      sourceUrl: e.source_url,
    }));
}

/** Lists the codes the concordance marks approximate, so the reader sees which series are broader. */
function approximateCodesNote(concordance: readonly ConcordanceRow[]): ChartNote | null {
  const approximate = concordance.filter((row) => row.match === 'approximate');
  if (approximate.length === 0) return null;
  const codes = approximate.map((row) => `CHPL ${row.hs6_2022} → HS 2017 ${row.hs6_2017} (tier ${row.tier})`);
  return {
    id: 'approximate-codes',
    title: `${approximate.length} approximate product codes`,
    text: `${codes.join('; ')}.`,
  };
}

/**
 * The caveats of the files this chart reads, and of its breaks. The list of approximate codes is written
 * out from the concordance only when the manifest has no caveat about the concordance to show instead.
 */
function chartNotes(
  manifest: Manifest,
  concordance: readonly ConcordanceRow[],
  breaks: ChartBreak[],
): ChartNote[] {
  const breakCaveats = manifest.breaks.filter((b) => breaks.some((c) => c.id === b.id)).map((b) => b.caveat);
  const concordanceCaveats = manifest.files.find((f) => f.path === DATA_FILES.concordance)?.caveats ?? [];
  const ids = new Set([...breakCaveats, ...(flowsFile(manifest)?.caveats ?? []), ...concordanceCaveats]);
  const notes: ChartNote[] = manifest.caveats.filter((c) => ids.has(c.id));
  const explained = manifest.caveats.some((c) => concordanceCaveats.includes(c.id));
  const approximate = explained ? null : approximateCodesNote(concordance);
  return approximate ? [...notes, approximate] : notes;
}

/** A value source is named by publisher and title, a list or classification by its citation. */
function sourceLine(manifest: Manifest): string {
  const ids = flowsFile(manifest)?.sources ?? [];
  const cited = manifest.sources
    .filter((s) => ids.includes(s.id))
    .map((s) => (s.frequency === null ? s.citation : `${s.publisher}, ${s.title}.`));
  return `Source: ${cited.join(' ') || 'see Data & sources.'}`;
}

/** "CEPII BACI" from publisher "CEPII" and title "BACI: international trade database ...". */
function shortSourceName(source: Manifest['sources'][number]): string {
  const name = source.title.split(':')[0] ?? source.title;
  return name.startsWith(source.publisher) ? name : `${source.publisher} ${name}`;
}

export function chplTiersChart(input: ChplTiersInput): ChplTiersChartModel {
  const { manifest, flows, concordance, events, tiers = TIER_ORDER } = input;
  const range = { exporter: EXPORTER, importer: IMPORTER, from: FROM, to: TO, tiers };
  const series = chplTierSeries(flows, tierOfConcordance(concordance), range);
  const breaks = chartBreaks(manifest);
  return {
    title: CHPL_TIERS_TITLE,
    subtitle: CHPL_TIERS_SUBTITLE,
    sourceLine: sourceLine(manifest),
    data: {
      series,
      colours: TIER_COLOURS,
      breaks,
      events: chartEvents(events),
      domain: [Number(FROM), Number(TO) + 1],
    },
    notes: chartNotes(manifest, concordance, breaks),
    sourceNames: new Map(manifest.sources.map((s) => [s.id, shortSourceName(s)])),
  };
}
