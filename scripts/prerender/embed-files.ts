// embed.html (a reader's own chart, no prerendered page) needs the manifest (what every figure traces to: files,
// sources, caveats, breaks), the concordance (tiers and HS changes), partners and events before it can draw, and
// all four are fixed when the site is built. Fetched, they were four requests before the chart; here they travel
// inside the HTML, in a `<script type="application/json">`: data, never run, so the Content-Security-Policy has
// nothing to allow. The page reads them as it would read the files (src/embed/start.ts, src/data/csv-reader.ts),
// checked the same way; a pinned embed ignores them and fetches its version's.
// The manifest travels as a slice: without the 96 HS chapter files' entries (and the sources and caveats only
// they name), 10 KB gzip less; a spec that may read chapter files fetches the whole manifest instead
// (src/query/spec-files.ts: readsChapterFiles, src/embed/start.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES } from '../../src/data/files.ts';
import type { Manifest } from '../../src/data/schema.ts';
import { HELD_FILES_ID } from '../../src/embed/held-files.ts';

/** The build-time files embed.html carries, by their path under data/. */
export const HELD_FILES: readonly string[] = [
  DATA_FILES.manifest,
  DATA_FILES.concordance,
  DATA_FILES.partners,
  DATA_FILES.events,
];

/**
 * The element holding `files` (path -> text). "<" is written as \u003c, so no text can end the element early
 * ("</script") or open a comment; JSON.parse reads it back as "<".
 */
export function heldFilesElement(files: ReadonlyMap<string, string>): string {
  const json = JSON.stringify(Object.fromEntries(files)).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${HELD_FILES_ID}">${json}</script>`;
}

/**
 * The manifest an embed holds: every file but the HS chapter files (what a spec reads unless it may read a
 * chapter, `readsChapterFiles`), the sources those files name, the breaks of those sources, and the caveats any of
 * them name. Still a manifest of the data contract, read and checked like the fetched one.
 */
export function embedManifest(manifest: Manifest): Manifest {
  const files = manifest.files.filter((file) => file.hs2 === undefined);
  const sourceIds = new Set(files.flatMap((file) => file.sources));
  const sources = manifest.sources.filter((source) => sourceIds.has(source.id));
  const breaks = manifest.breaks.filter((b) => sourceIds.has(b.source));
  const caveatIds = new Set([
    ...files.flatMap((file) => file.caveats),
    ...sources.flatMap((source) => source.caveats),
    ...breaks.map((b) => b.caveat),
  ]);
  const caveats = manifest.caveats.filter((caveat) => caveatIds.has(caveat.id));
  return { ...manifest, sources, files, caveats, breaks };
}

/** The text embed.html holds for `path`: the file as it is, the manifest as its slice. */
function heldText(path: string, text: string): string {
  return path === DATA_FILES.manifest ? JSON.stringify(embedManifest(JSON.parse(text) as Manifest)) : text;
}

/** `html` (embed.html) with the build-time files of `dataDir` in it, just before `</body>`. */
export function withHeldFiles(html: string, dataDir: string): string {
  if (!html.includes('</body>')) throw new Error('embed files: embed.html has no </body>');
  const files = new Map(
    HELD_FILES.map((path) => [path, heldText(path, readFileSync(join(dataDir, path), 'utf8'))] as const),
  );
  return html.replace('</body>', `  ${heldFilesElement(files)}\n  </body>`);
}
