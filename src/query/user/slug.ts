// The slug of a reader's file name, by the same rule as the CLI import (scripts/import/store.ts), so a file
// imported in the browser and the same file built in with `npm run data:import` carry one source id.

/** "China Customs 2023 (EN).csv" -> "china_customs_2023_en": safe in a file name, a URL and a source id. */
export function slugOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.[^.]*$/, '');
  const slug = stem
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40)
    .replace(/_+$/, '');
  return slug || 'import';
}

/** "user:<slug>": a reader's rows never pass for one of the app's own sources. */
export const userSourceOf = (slug: string) => `user:${slug}`;
