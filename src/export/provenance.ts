// The part of the manifest a download involves: the sources behind its rows, the files it was drawn from, the
// caveats of both, and the series breaks that fall inside its period range. Order follows the manifest.
import type { Caveat, Currency, Manifest, ManifestFile, ManifestSource, SeriesBreak } from '../data/schema';
import { periodEnd, periodStart } from '../spec';

export interface Provenance {
  sources: ManifestSource[];
  files: ManifestFile[];
  caveats: Caveat[];
  breaks: SeriesBreak[];
}

export interface ProvenanceQuery {
  sourceIds: Iterable<string>;
  filePaths?: Iterable<string>;
  /** Inclusive period range of the chart; breaks outside it are left out. */
  from?: string;
  to?: string;
}

function breakInRange(seriesBreak: SeriesBreak, from?: string, to?: string): boolean {
  const afterStart = from === undefined || periodEnd(seriesBreak.after) >= periodStart(from);
  const beforeEnd = to === undefined || periodStart(seriesBreak.before) <= periodEnd(to);
  return afterStart && beforeEnd;
}

/**
 * The sources a file brings into a download. A flow file the chart reads brings all of its own; a lookup file
 * (partners, products, names) is shared by every dataset, so it brings only its naming sources (HS names, the
 * CHPL, events), never another dataset's flows: a BACI chart that reads partners.csv does not rest on the IMF.
 */
function fileSources(file: ManifestFile, flowSources: ReadonlySet<string>): readonly string[] {
  return file.kind === 'flows' ? file.sources : file.sources.filter((id) => !flowSources.has(id));
}

export function provenanceOf(manifest: Manifest, query: ProvenanceQuery): Provenance {
  const paths = new Set(query.filePaths ?? []);
  const files = manifest.files.filter((file) => paths.has(file.path));
  const flowSources = new Set(
    manifest.files.filter((file) => file.kind === 'flows').flatMap((file) => file.sources),
  );
  const sourceIds = new Set([...query.sourceIds, ...files.flatMap((file) => fileSources(file, flowSources))]);
  const sources = manifest.sources.filter((source) => sourceIds.has(source.id));
  const breaks = manifest.breaks.filter(
    (seriesBreak) => sourceIds.has(seriesBreak.source) && breakInRange(seriesBreak, query.from, query.to),
  );
  const caveatIds = new Set([
    ...sources.flatMap((source) => source.caveats),
    ...files.flatMap((file) => file.caveats),
    ...breaks.map((seriesBreak) => seriesBreak.caveat),
  ]);
  const caveats = manifest.caveats.filter((caveat) => caveatIds.has(caveat.id));
  // A shared lookup file's entry names only the sources that apply to this chart.
  const ownFiles = files.map((file) => ({
    ...file,
    sources: file.sources.filter((id) => sourceIds.has(id)),
  }));
  return { sources, files: ownFiles, caveats, breaks };
}

/** The currency the given sources report in, when they agree on one. */
export function sourceCurrency(manifest: Manifest, sourceIds: readonly string[]): Currency | null {
  const currencies = new Set(
    manifest.sources.filter((source) => sourceIds.includes(source.id)).map((source) => source.currency),
  );
  const [only] = currencies;
  return currencies.size === 1 && only !== undefined ? only : null;
}

/**
 * The manifest with the chart's own sources and caveats added where it lacks them: a reader's imported file is
 * in no published manifest, and its downloads must still name it.
 */
export function withChartSources(
  manifest: Manifest,
  chart: { sources: readonly ManifestSource[]; caveats: readonly Caveat[] },
): Manifest {
  const sources = chart.sources.filter((s) => !manifest.sources.some((known) => known.id === s.id));
  const caveats = chart.caveats.filter((c) => !manifest.caveats.some((known) => known.id === c.id));
  if (sources.length === 0 && caveats.length === 0) return manifest;
  return {
    ...manifest,
    sources: [...manifest.sources, ...sources],
    caveats: [...manifest.caveats, ...caveats],
  };
}
