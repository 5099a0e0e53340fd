// manifest.json: every generated file (rows, bytes, sha256, sources, caveats), every source with its raw files,
// the caveat texts and the series breaks. dataVersion hashes the (path, sha256) list so embeds can pin to it.
import type {
  Caveat,
  FlowRow,
  Manifest,
  ManifestFile,
  ManifestSource,
  SeriesBreak,
} from '../../src/data/schema';
import { manifest as manifestSchema } from '../../src/data/schema';
import type { SourceSpec } from '../sources/registry';
import { BREAKS, CAVEATS, type WrittenTexts } from './caveats';
import { PipelineError } from './errors';
import { sha256Hex, type RawFile } from './resolve';
import { translateBreaks, translateCaveats, translateFiles, type TextTranslation } from './translations';

export interface OutputFile {
  path: string;
  kind: ManifestFile['kind'];
  description: string;
  sources: string[];
  caveats: string[];
  hs2?: string;
  /** The description in Chinese and Russian, where the build writes it from the data (the HS chapter files). */
  zh?: { description: string };
  ru?: { description: string };
  rows: number;
  content: string;
  /** A flow file's rows, for the build's checks and partners.csv (not part of the manifest). */
  flowRows?: readonly FlowRow[];
}

export function describeFile(file: OutputFile): ManifestFile {
  return {
    path: file.path,
    kind: file.kind,
    description: file.description,
    rows: file.rows,
    bytes: Buffer.byteLength(file.content),
    sha256: sha256Hex(file.content),
    sources: file.sources,
    caveats: file.caveats,
    ...(file.hs2 === undefined ? {} : { hs2: file.hs2 }),
    ...(file.zh === undefined ? {} : { zh: file.zh }),
    ...(file.ru === undefined ? {} : { ru: file.ru }),
  };
}

export function describeSource(spec: SourceSpec<unknown>, raw: readonly RawFile[]): ManifestSource {
  return {
    id: spec.id,
    title: spec.title,
    publisher: spec.publisher,
    url: spec.url,
    licence: spec.licence,
    citation: spec.citation,
    retrieved: spec.retrieved,
    currency: spec.currency,
    frequency: spec.frequency,
    rawFiles: raw.map((f) => ({ name: f.name, sha256: f.sha256, bytes: f.bytes })),
    caveats: spec.caveats.map((c) => (typeof c === 'string' ? c : c.id)),
  };
}

/** The caveats a source brings with their texts (not the shared ones of caveats.ts, cited by id). */
export function ownCaveats(spec: SourceSpec<unknown>): Caveat[] {
  return spec.caveats.filter((c): c is Caveat => typeof c !== 'string');
}

export function dataVersion(files: readonly Pick<ManifestFile, 'path' | 'sha256'>[]): string {
  const lines = files.map((f) => `${f.path}\t${f.sha256}\n`).sort();
  return sha256Hex(lines.join('')).slice(0, 12);
}

export function buildManifest(
  files: readonly ManifestFile[],
  sources: readonly ManifestSource[],
  now: Date,
  /** Caveats and breaks of the optional sources (monthly CHPL, imported files), written from their data. */
  extra: { caveats: readonly Caveat[]; breaks: readonly SeriesBreak[] } = { caveats: [], breaks: [] },
  /**
   * Caveat id -> a text written from the data (e.g. the HS relation derived from the workbook), in English or in
   * each language, written from the same values.
   */
  derivedTexts: Readonly<Record<string, string | WrittenTexts>> = {},
  /** Chinese and Russian words of the caveats, breaks and files (scripts/curated/text_translations.csv). */
  translations: readonly TextTranslation[] = [],
): Manifest {
  const candidate = {
    schemaVersion: 1,
    dataVersion: dataVersion(files),
    generatedAt: now.toISOString(),
    sources,
    files: translateFiles(files, translations),
    caveats: translateCaveats(
      [...CAVEATS.map((c) => ({ ...c, text: englishOf(derivedTexts[c.id]) ?? c.text })), ...extra.caveats],
      translations,
    ).map((c) => withWrittenTexts(c, derivedTexts[c.id])),
    breaks: translateBreaks([...BREAKS, ...extra.breaks], translations),
  };
  const parsed = manifestSchema.safeParse(candidate);
  if (!parsed.success) throw new PipelineError(`manifest: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  assertCaveatsKnown(parsed.data);
  return parsed.data;
}

const englishOf = (text: string | WrittenTexts | undefined) => (typeof text === 'object' ? text.en : text);

/** A caveat whose text the build wrote in each language gets its Chinese and Russian text beside its title's. */
function withWrittenTexts(caveat: Caveat, texts: string | WrittenTexts | undefined): Caveat {
  if (typeof texts !== 'object') return caveat;
  return { ...caveat, zh: { ...caveat.zh, text: texts.zh }, ru: { ...caveat.ru, text: texts.ru } };
}

/** Every caveat id a file, source or break cites must have a text. */
function assertCaveatsKnown(m: Manifest): void {
  const known = new Set(m.caveats.map((c) => c.id));
  const cited = [
    ...m.files.flatMap((f) => f.caveats),
    ...m.sources.flatMap((s) => s.caveats),
    ...m.breaks.map((b) => b.caveat),
  ];
  const unknown = cited.filter((id) => !known.has(id));
  if (unknown.length > 0)
    throw new PipelineError(`manifest: unknown caveat id(s) ${[...new Set(unknown)].join(', ')}`);
}
