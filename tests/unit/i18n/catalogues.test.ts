// The catalogues (src/i18n/locales/<lang>.po and pages/<lang>.po, compiled to <lang>.ts) against the code and
// each other: a message
// in the code but not extracted, one without a Chinese or Russian translation, a translation that drops or
// renames an argument, a stale compiled catalogue, or an English message the first-load English path cannot
// write as Lingui would: each fails here. Fix with `npm run i18n:extract`, translate, `npm run i18n:compile`.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setupI18n, type Messages } from '@lingui/core';
import { formatter } from '@lingui/format-po';
import { describe, expect, it } from 'vitest';
import { LATER_SOURCES, PAGE_SOURCES } from '../../../lingui.config';
import { english } from '../../../src/i18n/i18n';
import { messages as enCompiled } from '../../../src/i18n/locales/en';
import { messages as enPagesCompiled } from '../../../src/i18n/locales/pages/en';
import { messages as enLaterCompiled } from '../../../src/i18n/locales/later/en';
import { messages as ruLaterCompiled } from '../../../src/i18n/locales/later/ru';
import { messages as zhLaterCompiled } from '../../../src/i18n/locales/later/zh';
import { messages as ruPagesCompiled } from '../../../src/i18n/locales/pages/ru';
import { messages as ruCompiled } from '../../../src/i18n/locales/ru';
import { messages as zhPagesCompiled } from '../../../src/i18n/locales/pages/zh';
import { messages as zhCompiled } from '../../../src/i18n/locales/zh';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const LOCALES_DIR = join(ROOT, 'src', 'i18n', 'locales');

type Catalogue = Record<string, { translation?: string }>;

/** Whether a file is one of `sources` (folders and files of src/, as lingui.config.ts lists them). */
const isIn = (sources: readonly string[]) => (file: string) =>
  sources.some((path) =>
    /\.tsx?$/.test(path) ? file.endsWith(join('src', path)) : file.includes(join('src', path, '')),
  );
const isPageFile = isIn(PAGE_SOURCES);
const isLaterFile = isIn(LATER_SOURCES);

const CATALOGUES = [
  { name: 'core', dir: LOCALES_DIR, holds: (file: string) => !isPageFile(file) && !isLaterFile(file) },
  { name: 'pages', dir: join(LOCALES_DIR, 'pages'), holds: isPageFile },
  { name: 'later', dir: join(LOCALES_DIR, 'later'), holds: isLaterFile },
] as const;
type CatalogueName = (typeof CATALOGUES)[number]['name'];

async function readPo(locale: string, name: CatalogueName = 'core'): Promise<Catalogue> {
  const { dir } = CATALOGUES.find((catalogue) => catalogue.name === name)!;
  const text = readFileSync(join(dir, `${locale}.po`), 'utf8');
  const parsed = await formatter().parse(text, { locale, sourceLocale: 'en', filename: `${locale}.po` });
  return parsed as Catalogue;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every `i18n._({ id: '…', message: '…' })` of src/: the literal id and English message. */
function messagesInCode(holds: (file: string) => boolean = () => true): Map<string, string> {
  const found = new Map<string, string>();
  const call = /i18n\._\(\s*\{\s*id:\s*'([^']+)',\s*message:\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")/g;
  for (const file of sourceFiles(join(ROOT, 'src')).filter(holds)) {
    for (const match of readFileSync(file, 'utf8').matchAll(call)) {
      const message = (match[2] ?? match[3] ?? '').replace(/\\(.)/g, '$1');
      found.set(match[1]!, message);
    }
  }
  return found;
}

/** The `{name}` arguments of an ICU message (plural/select branches' own text is not an argument). */
const argumentsOf = (message: string) =>
  [...new Set([...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((match) => match[1]))].sort();

describe('message catalogues', () => {
  it('can read every translation call of the code (a literal id and English message)', () => {
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      if (file.includes(join('src', 'i18n'))) continue;
      const text = readFileSync(file, 'utf8');
      const calls = text.split('i18n._(').length - 1;
      const readable = [...text.matchAll(/i18n\._\(\s*\{\s*id:\s*'[^']+',\s*message:\s*['"]/g)].length;
      expect(readable, `${file}: i18n._ needs { id: '…', message: '…' } literals`).toBe(calls);
    }
  });

  it.each(CATALOGUES)(
    '$name: holds every message of its folders, with the English the code says, and no stale one',
    async ({ name, holds }) => {
      const code = messagesInCode(holds);
      const en = await readPo('en', name);
      expect(code.size).toBeGreaterThan(0);
      for (const [id, message] of code) {
        expect(en[id]?.translation, `${id}: run npm run i18n:extract`).toBe(message);
      }
      expect(Object.keys(en).sort()).toEqual([...code.keys()].sort());
    },
  );

  it('give each id one catalogue, so the embed and the app never disagree on a message', async () => {
    const ids = await Promise.all(CATALOGUES.map(async ({ name }) => Object.keys(await readPo('en', name))));
    const all = ids.flat();
    expect(all.filter((id, index) => all.indexOf(id) !== index)).toEqual([]);
  });

  it.each(CATALOGUES.flatMap(({ name }) => ['zh', 'ru'].map((locale) => ({ name, locale }))))(
    '$name: $locale translates every message, keeping its arguments',
    async ({ name, locale }) => {
      const en = await readPo('en', name);
      const other = await readPo(locale, name);
      for (const [id, { translation }] of Object.entries(en)) {
        const translated = other[id]?.translation ?? '';
        expect(translated, `${locale}.po (${name}) has no translation of ${id}`).not.toBe('');
        expect(argumentsOf(translated), `${locale}: ${id}`).toEqual(argumentsOf(translation ?? ''));
      }
    },
  );

  it('are compiled from the current .po files (npm run i18n:compile)', async () => {
    const compiled: Record<CatalogueName, Record<string, Messages>> = {
      core: { en: enCompiled, zh: zhCompiled, ru: ruCompiled },
      pages: { en: enPagesCompiled, zh: zhPagesCompiled, ru: ruPagesCompiled },
      later: { en: enLaterCompiled, zh: zhLaterCompiled, ru: ruLaterCompiled },
    };
    for (const { name } of CATALOGUES) {
      for (const locale of ['en', 'zh', 'ru']) {
        const po = await readPo(locale, name);
        expect(Object.keys(compiled[name][locale]!).sort(), `${name} ${locale}`).toEqual(
          Object.keys(po).sort(),
        );
      }
    }
  });

  it('write English on the first load exactly as Lingui would (plain {name} arguments only)', () => {
    const lingui = setupI18n({
      locale: 'en',
      messages: { en: { ...enCompiled, ...enPagesCompiled, ...enLaterCompiled } },
    });
    for (const [id, message] of messagesInCode()) {
      const values = Object.fromEntries(argumentsOf(message).map((name) => [name, `<${name}>`]));
      expect(english({ id, message }, values), id).toBe(lingui._(id, values));
    }
  });
});
