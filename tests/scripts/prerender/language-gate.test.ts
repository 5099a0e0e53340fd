// index.html's inline check of the language before its first paint (scripts/prerender/language-gate.ts) decides
// as the app does (src/i18n/locales.ts, chooseLocale): it marks the page exactly when the app will show a
// language other than the prerendered story's English.
import { describe, expect, it } from 'vitest';
import {
  LANGUAGE_GATE_HASH,
  LANGUAGE_GATE_SCRIPT,
  withLanguageGate,
} from '../../../scripts/prerender/language-gate';
import { CSP_META } from '../../../scripts/csp/plugin';
import { scriptHash } from '../../../scripts/csp/policy';
import { chooseLocale } from '../../../src/i18n/locales';
import { LANGUAGE_PENDING_ATTRIBUTE } from '../../../src/story/prerendered-story';

/** Runs the script against a hash and a browser's languages; true when it marked <html>. */
function marks(hash: string, languages: readonly string[] | undefined): boolean {
  const attributes = new Set<string>();
  const document = { documentElement: { setAttribute: (name: string) => attributes.add(name) } };
  // The script's own text, as the browser runs it, with its globals given.
  new Function('location', 'navigator', 'document', LANGUAGE_GATE_SCRIPT)({ hash }, { languages }, document);
  return attributes.has(LANGUAGE_PENDING_ATTRIBUTE);
}

const HASHES = [
  '',
  '#/',
  '#/?lang=zh',
  '#/?lang=ru',
  '#/?lang=en',
  '#/?step=tier-1&lang=zh',
  '#/?lang=xx',
  '#/explorer?lang=ru',
];
const LANGUAGE_LISTS: (readonly string[] | undefined)[] = [
  undefined,
  [],
  ['en-GB'],
  ['zh-CN', 'en'],
  ['ru-RU'],
  ['de-DE', 'zh_TW'],
  ['fr', 'de'],
  ['EN-us', 'ru'],
];

describe('the language check in index.html', () => {
  it('marks the page exactly when the app will show a language other than English', () => {
    for (const hash of HASHES)
      for (const languages of LANGUAGE_LISTS) {
        const query = new URLSearchParams(hash.split('?')[1] ?? '').get('lang');
        const expected = chooseLocale(query, languages).locale !== 'en';
        expect(marks(hash, languages), `${hash} ${JSON.stringify(languages)}`).toBe(expected);
      }
    expect(marks('#/?lang=zh', ['en'])).toBe(true);
    expect(marks('#/', ['ru'])).toBe(true);
    expect(marks('#/', ['en-US'])).toBe(false);
  });

  it('goes right after the policy, which allows it by its hash', () => {
    const html = `<head>\n    ${CSP_META}\n    <title>t</title>`;
    const gated = withLanguageGate(html);
    expect(gated.indexOf('<script>')).toBeGreaterThan(gated.indexOf(CSP_META));
    expect(gated.indexOf('<script>')).toBeLessThan(gated.indexOf('<title>'));
    expect(LANGUAGE_GATE_HASH).toBe(scriptHash(LANGUAGE_GATE_SCRIPT));
    expect(() => withLanguageGate('<head><title>t</title>')).toThrow(/Content-Security-Policy/);
  });
});
