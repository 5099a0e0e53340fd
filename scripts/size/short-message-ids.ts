// A Vite plugin: in the built app, every message id ("embed.notices-more") becomes a one- or two-character id,
// its place among all the catalogues' ids in base 36, in the code's `i18n._({ id: '…', message })` calls and in
// the compiled catalogues' keys alike. Why: the ids are for people (translators, reviewers, the .po files keep
// them), but an English reader downloads every id of the bundle and never uses one (English writes the `message`).
// Readable ids share prefixes and gzip well, random hashes do not, so the short ids are sequential, not hashed.
// An id the catalogues do not have stops the build (run `npm run i18n:extract`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const LOCALES = join(import.meta.dirname, '..', '..', 'src', 'i18n', 'locales');
/** The English compiled catalogues: the list of every message id (the catalogue test holds them to the code). */
const ID_LISTS = [join(LOCALES, 'en.ts'), join(LOCALES, 'pages', 'en.ts'), join(LOCALES, 'later', 'en.ts')];

const SOURCE = /[\\/]src[\\/].*\.tsx?$/;
const CATALOGUE = /[\\/]src[\\/]i18n[\\/]locales[\\/](?:(?:pages|later)[\\/])?(?:en|zh|ru)\.ts$/;
/** A translation call's id, as the catalogue test reads it (tests/unit/i18n/catalogues.test.ts). */
const CALL_ID = /(i18n\._\(\s*\{\s*id:\s*)'([^']+)'/g;
/** A compiled catalogue's key: every id has a dot; an ICU plural's own keys ("one", "few") never do. */
const CATALOGUE_KEY = /([{,])"([^"]*\.[^"]*)":/g;

/** The message ids a compiled catalogue module holds. */
export function catalogueIds(moduleText: string): string[] {
  return [...moduleText.matchAll(CATALOGUE_KEY)].map((match) => match[2]!);
}

/** Every id of `lists` (compiled catalogue modules), sorted, to its short id: its index in base 36. */
export function shortIdTable(lists: readonly string[] = ID_LISTS): ReadonlyMap<string, string> {
  const ids = [...new Set(lists.flatMap((file) => catalogueIds(readFileSync(file, 'utf8'))))].sort();
  return new Map(ids.map((id, index) => [id, index.toString(36)]));
}

export function shortMessageIds(lists: readonly string[] = ID_LISTS): Plugin {
  let table: ReadonlyMap<string, string> = new Map();
  const shorten = (id: string, file: string) => {
    const short = table.get(id);
    if (short === undefined) {
      throw new Error(`${file}: message id "${id}" is in no catalogue: run npm run i18n:extract`);
    }
    return short;
  };
  return {
    name: 'short-message-ids',
    // The dev server keeps the readable ids (what a developer greps for).
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      table = shortIdTable(lists);
    },
    transform(code, id) {
      if (CATALOGUE.test(id)) {
        const keys = code.replace(
          CATALOGUE_KEY,
          (_, before: string, key: string) => `${before}"${shorten(key, id)}":`,
        );
        return { code: keys, map: null };
      }
      if (!SOURCE.test(id) || !code.includes('i18n._(')) return null;
      return {
        code: code.replace(CALL_ID, (_, call: string, key: string) => `${call}'${shorten(key, id)}'`),
        map: null,
      };
    },
  };
}
