// The files a spec certainly needs, known from the spec alone: a page can start fetching them at once instead
// of waiting for the manifest and the concordance, which filesForSpec needs to place HS codes in their files.
// It asks filesForSpec itself with nothing known, so the two can never disagree on a rule: with no manifest,
// no chapter file is named; with no catalog, no code counts as CHPL. What is left depends on the spec only,
// except product names (whether products.csv or chpl.csv is needed depends on the catalog), dropped here.
import type { Manifest } from '../data/schema';
import type { ChartSpec } from '../spec/schema';
import { productCatalog } from './product-catalog';
import { filesForSpec, flowFilesForSpec, type SpecFile } from './spec-files';

// filesForSpec reads only `files` of the manifest (to list chapter files); tests hold the subset rule.
const NOTHING_KNOWN = { files: [] } as unknown as Manifest;
const NO_CATALOG = productCatalog([]);

export function earlyFilesForSpec(spec: ChartSpec): SpecFile[] {
  return filesForSpec(spec, NOTHING_KNOWN, NO_CATALOG).filter(
    (file) => file.kind !== 'products' && file.kind !== 'chpl',
  );
}

// Every chapter a code can name listed, so a spec that reads any chapter file names one.
const EVERY_CHAPTER = {
  files: Array.from({ length: 100 }, (_, i) => ({ path: `#chapter-${i}`, hs2: String(i).padStart(2, '0') })),
} as unknown as Manifest;

/**
 * Whether the spec may read an HS chapter file, known from the spec alone (asked of filesForSpec, as above; an
 * HS6 code counts as outside the CHPL, so this errs towards yes). A page holding a manifest without the chapter
 * files (the embed: scripts/prerender/embed-files.ts) fetches the whole one for such a spec.
 */
export function readsChapterFiles(spec: ChartSpec): boolean {
  return flowFilesForSpec(spec, EVERY_CHAPTER, NO_CATALOG).some((path) => path.startsWith('#chapter-'));
}
