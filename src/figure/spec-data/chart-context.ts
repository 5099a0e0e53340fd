// What a chart needs to be read honestly, from the manifest and the files it used: its sources and source
// line, the reporting-basis breaks of those sources inside its range, the events in its range, its caveats.
import { sourceLineText } from '../../charts/kit/source-line';
import { DATA_FILES } from '../../data/files';
import type {
  Caveat,
  ConcordanceRow,
  EventRow,
  Manifest,
  ManifestSource,
  SeriesBreak,
} from '../../data/schema';
import type { ChartSpec } from '../../spec/schema';
import { i18n } from '../../i18n/i18n';

export interface ChartContext {
  sources: ManifestSource[];
  sourceLine: string;
  breaks: SeriesBreak[];
  events: EventRow[];
  caveats: Caveat[];
}

const monthOf = (period: string, end: boolean) =>
  period.length === 4 ? `${period}-${end ? '12' : '01'}` : period;

function fileSources(manifest: Manifest, paths: readonly string[]): Set<string> {
  const files = manifest.files.filter((file) => paths.includes(file.path));
  return new Set(files.flatMap((file) => file.sources));
}

/** A value source is named by publisher and title, a list or classification by its citation. */
export function sourceLine(sources: readonly ManifestSource[]): string {
  const cited = sources.map((s) => (s.frequency === null ? s.citation : `${s.publisher}, ${s.title}.`));
  const list = cited.join(' ') || i18n._({ id: 'chart.source-none', message: 'see Data & sources.' });
  return sourceLineText(list);
}

/** Breaks of this chart's sources that fall inside its periods (between its first and last). */
export function chartBreaks(manifest: Manifest, flowPaths: readonly string[], periods: readonly string[]) {
  const sources = fileSources(manifest, flowPaths);
  const first = periods[0];
  const last = periods.at(-1);
  if (!first || !last) return [];
  return manifest.breaks.filter(
    (b) =>
      sources.has(b.source) &&
      monthOf(b.before, false) > monthOf(first, true) &&
      monthOf(b.before, false) <= monthOf(last, true),
  );
}

export function chartEvents(events: readonly EventRow[], periods: readonly string[]): EventRow[] {
  const first = periods[0];
  const last = periods.at(-1);
  if (!first || !last) return [];
  const from = `${monthOf(first, false)}-01`;
  const to = `${monthOf(last, true)}-31`;
  return events.filter((e) => e.date >= from && e.date <= to);
}

/** Lists the codes the concordance marks approximate, when no caveat of the manifest explains them. */
function approximateCodes(manifest: Manifest, concordance: readonly ConcordanceRow[]): Caveat | null {
  const explained = manifest.files.find((f) => f.path === DATA_FILES.concordance)?.caveats.length;
  const approximate = concordance.filter((row) => row.match === 'approximate');
  if (explained || approximate.length === 0) return null;
  const codes = approximate.map((row) => `CHPL ${row.hs6_2022} → HS 2017 ${row.hs6_2017} (tier ${row.tier})`);
  return {
    id: 'approximate-codes',
    title: `${approximate.length} approximate product codes`,
    text: `${codes.join('; ')}.`,
  };
}

export interface ContextInput {
  spec: ChartSpec;
  manifest: Manifest;
  flowPaths: readonly string[];
  periods: readonly string[];
  events: readonly EventRow[];
  concordance: readonly ConcordanceRow[];
}

export function chartContext({
  spec,
  manifest,
  flowPaths,
  periods,
  events,
  concordance,
}: ContextInput): ChartContext {
  const ids = fileSources(manifest, flowPaths);
  const sources = manifest.sources.filter((s) => ids.has(s.id));
  const breaks = spec.breaks ? chartBreaks(manifest, flowPaths, periods) : [];
  const usesChpl = ids.has('chpl');
  const lookupPaths = usesChpl ? [DATA_FILES.concordance] : [];
  const caveatIds = new Set([
    ...manifest.files
      .filter((f) => [...flowPaths, ...lookupPaths].includes(f.path))
      .flatMap((f) => f.caveats),
    ...chartBreaks(manifest, flowPaths, periods).map((b) => b.caveat),
  ]);
  const caveats = manifest.caveats.filter((c) => caveatIds.has(c.id));
  const approximate = usesChpl ? approximateCodes(manifest, concordance) : null;
  return {
    sources,
    sourceLine: sourceLine(sources),
    breaks,
    events: spec.events ? chartEvents(events, periods) : [],
    caveats: approximate ? [...caveats, approximate] : caveats,
  };
}
