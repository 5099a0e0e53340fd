// The catalogues (src/i18n/locales/<lang>.po, compiled to <lang>.ts) against the code and each other: a message
// in the code but not extracted, one without a Chinese or Russian translation, a translation that drops or
// renames an argument, a stale compiled catalogue, or an English message the first-load English path cannot
// write as Lingui would: each fails here. Fix with `npm run i18n:extract`, translate, `npm run i18n:compile`.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setupI18n, type Messages } from '@lingui/core';
import { formatter } from '@lingui/format-po';
import { describe, expect, it } from 'vitest';
import { english } from '../../../src/i18n/i18n';
import { messages as enCompiled } from '../../../src/i18n/locales/en';
import { messages as ruCompiled } from '../../../src/i18n/locales/ru';
import { messages as zhCompiled } from '../../../src/i18n/locales/zh';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const LOCALES_DIR = join(ROOT, 'src', 'i18n', 'locales');

type Catalogue = Record<string, { translation?: string }>;

async function readPo(locale: string): Promise<Catalogue> {
  const text = readFileSync(join(LOCALES_DIR, `${locale}.po`), 'utf8');
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
function messagesInCode(): Map<string, string> {
  const found = new Map<string, string>();
  const call = /i18n\._\(\s*\{\s*id:\s*'([^']+)',\s*message:\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")/g;
  for (const file of sourceFiles(join(ROOT, 'src'))) {
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

  it('hold every message of the code, with the English the code says, and no stale one', async () => {
    const code = messagesInCode();
    const en = await readPo('en');
    expect(code.size).toBeGreaterThan(0);
    for (const [id, message] of code) {
      expect(en[id]?.translation, `${id}: run npm run i18n:extract`).toBe(message);
    }
    expect(Object.keys(en).sort()).toEqual([...code.keys()].sort());
  });

  it.each(['zh', 'ru'])('%s translates every message, keeping its arguments', async (locale) => {
    const en = await readPo('en');
    const other = await readPo(locale);
    for (const [id, { translation }] of Object.entries(en)) {
      const translated = other[id]?.translation ?? '';
      expect(translated, `${locale}.po has no translation of ${id}`).not.toBe('');
      expect(argumentsOf(translated), `${locale}: ${id}`).toEqual(argumentsOf(translation ?? ''));
    }
  });

  it('are compiled from the current .po files (npm run i18n:compile)', async () => {
    const compiled: Record<string, Messages> = { en: enCompiled, zh: zhCompiled, ru: ruCompiled };
    for (const locale of ['en', 'zh', 'ru']) {
      const po = await readPo(locale);
      expect(Object.keys(compiled[locale]!).sort(), locale).toEqual(Object.keys(po).sort());
    }
  });

  it('write English on the first load exactly as Lingui would (plain {name} arguments only)', () => {
    const lingui = setupI18n({ locale: 'en', messages: { en: enCompiled } });
    for (const [id, message] of messagesInCode()) {
      const values = Object.fromEntries(argumentsOf(message).map((name) => [name, `<${name}>`]));
      expect(english({ id, message }, values), id).toBe(lingui._(id, values));
    }
  });
});
