// embed.html (a reader's own chart, no prerendered page) needs the manifest (what every figure traces to: files,
// sources, caveats, breaks), the concordance (tiers and HS changes), partners and events before it can draw, and
// all four are fixed when the site is built. Fetched, they were four requests before the chart; here they travel
// inside the HTML, in a `<script type="application/json">`: data, never run, so the Content-Security-Policy has
// nothing to allow. The page reads them as it would read the files (src/embed/start.ts, src/data/csv-reader.ts),
// checked the same way; a pinned embed ignores them and fetches its version's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES } from '../../src/data/files.ts';
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

/** `html` (embed.html) with the build-time files of `dataDir` in it, just before `</body>`. */
export function withHeldFiles(html: string, dataDir: string): string {
  if (!html.includes('</body>')) throw new Error('embed files: embed.html has no </body>');
  const files = new Map(HELD_FILES.map((path) => [path, readFileSync(join(dataDir, path), 'utf8')] as const));
  return html.replace('</body>', `  ${heldFilesElement(files)}\n  </body>`);
}
