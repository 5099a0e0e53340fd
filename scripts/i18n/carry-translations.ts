// Fills each empty translation of a catalogue with the translation the same message id has in any other
// catalogue of that language, here or in a git revision (`npm run i18n:carry -- [rev...]`). Why: a message that
// moves to another catalogue (lingui.config.ts splits them by folder), or that two branches translated apart,
// would otherwise come out of `lingui extract` untranslated, and the catalogue test would fail on work already
// done. Run it after `npm run i18n:extract`, then `npm run i18n:compile`.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatter } from '@lingui/format-po';

type Catalogue = Record<string, { translation?: string } & Record<string, unknown>>;

const ROOT = join(import.meta.dirname, '..', '..');
const LOCALES_DIR = join(ROOT, 'src', 'i18n', 'locales');
const OTHER_LOCALES = ['zh', 'ru'] as const;
const po = formatter({ lineNumbers: false });

/** Every .po file under the locales folder, for one language. */
function poFiles(locale: string, dir = LOCALES_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return poFiles(locale, path);
    return entry.name === `${locale}.po` ? [path] : [];
  });
}

async function parse(text: string, locale: string, filename: string): Promise<Catalogue> {
  return (await po.parse(text, { locale, sourceLocale: 'en', filename })) as Catalogue;
}

/** The same file's text at a git revision, if it exists there. */
function atRevision(rev: string, path: string): string | null {
  try {
    return execFileSync('git', ['show', `${rev}:${relative(ROOT, path)}`], { cwd: ROOT, encoding: 'utf8' });
  } catch {
    return null;
  }
}

async function carry(locale: string, revisions: string[]): Promise<number> {
  const files = poFiles(locale);
  const known = new Map<string, string>();
  const remember = (catalogue: Catalogue) => {
    for (const [id, entry] of Object.entries(catalogue)) {
      if (entry.translation && !known.has(id)) known.set(id, entry.translation);
    }
  };
  const current = new Map<string, Catalogue>();
  for (const file of files) {
    const catalogue = await parse(readFileSync(file, 'utf8'), locale, file);
    current.set(file, catalogue);
    remember(catalogue);
  }
  // Revisions also hold catalogues this tree no longer has (before a split): look at every path they had.
  for (const rev of revisions) {
    const listed = execFileSync('git', ['ls-tree', '-r', '--name-only', rev, '--', 'src/i18n/locales'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    for (const path of listed.split('\n').filter((line) => line.endsWith(`/${locale}.po`))) {
      const text = atRevision(rev, join(ROOT, path));
      if (text) remember(await parse(text, locale, path));
    }
  }
  let filled = 0;
  for (const [file, catalogue] of current) {
    let changed = false;
    for (const [id, entry] of Object.entries(catalogue)) {
      const translation = known.get(id);
      if (!entry.translation && translation) {
        entry.translation = translation;
        changed = true;
        filled += 1;
      }
    }
    if (changed) {
      const text = await po.serialize(catalogue as never, {
        locale,
        sourceLocale: 'en',
        filename: file,
        existing: readFileSync(file, 'utf8'),
      });
      writeFileSync(file, text);
    }
  }
  return filled;
}

const revisions = process.argv.slice(2);
for (const locale of OTHER_LOCALES) {
  const filled = await carry(locale, revisions);
  console.log(`${locale}: ${filled} translation(s) carried over`);
}
