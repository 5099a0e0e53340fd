// The writer of compiled messages (src/i18n/compiled-messages.ts) against Lingui's own runtime, on every message
// of every catalogue in every language, with values that reach each plural form.
import { setupI18n, type Messages } from '@lingui/core';
import { describe, expect, it } from 'vitest';
import { messageWriter, type CompiledMessages } from '../../../src/i18n/compiled-messages';
import { messages as en } from '../../../src/i18n/locales/en';
import { messages as enLater } from '../../../src/i18n/locales/later/en';
import { messages as enPages } from '../../../src/i18n/locales/pages/en';
import { messages as ru } from '../../../src/i18n/locales/ru';
import { messages as ruLater } from '../../../src/i18n/locales/later/ru';
import { messages as ruPages } from '../../../src/i18n/locales/pages/ru';
import { messages as zh } from '../../../src/i18n/locales/zh';
import { messages as zhLater } from '../../../src/i18n/locales/later/zh';
import { messages as zhPages } from '../../../src/i18n/locales/pages/zh';

const CATALOGUES: Record<string, Messages> = {
  en: { ...en, ...enPages, ...enLater },
  zh: { ...zh, ...zhPages, ...zhLater },
  ru: { ...ru, ...ruPages, ...ruLater },
};

/** Every argument a compiled message names, with the format it is read with ('' for a plain one). */
function argumentsOf(message: unknown, found = new Map<string, string>()): Map<string, string> {
  if (!Array.isArray(message)) return found;
  for (const token of message as unknown[]) {
    if (!Array.isArray(token)) continue;
    const [name, format, cases] = token as [string, string?, Record<string, unknown>?];
    if (!found.has(name) || format) found.set(name, format ?? '');
    if (cases && typeof cases === 'object')
      for (const branch of Object.values(cases)) argumentsOf(branch, found);
  }
  return found;
}

// Numbers that reach one, few, many and other in Russian, and a fraction.
const COUNTS = [0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 1.5, 1234];

describe('compiled messages, written without the Lingui runtime', () => {
  for (const [locale, messages] of Object.entries(CATALOGUES)) {
    it(`writes every ${locale} message as Lingui does`, () => {
      const lingui = setupI18n({ locale, messages: { [locale]: messages } });
      const write = messageWriter(locale, messages as CompiledMessages);
      let plurals = 0;
      for (const [id, message] of Object.entries(messages)) {
        const args = argumentsOf(message);
        for (const format of args.values())
          expect(['', 'plural', 'select', 'selectordinal']).toContain(format);
        const counted = [...args].filter(([, format]) => format === 'plural' || format === 'selectordinal');
        plurals += counted.length;
        for (const count of counted.length > 0 ? COUNTS : [7]) {
          const values: Record<string, string | number> = {};
          for (const [name, format] of args) values[name] = format === '' ? `‹${name}›` : count;
          expect(write(id, values), id).toBe(lingui._(id, values));
        }
        expect(write(id), id).toBe(lingui._(id));
      }
      if (locale === 'ru') expect(plurals).toBeGreaterThan(5);
    });
  }

  it('says when a catalogue lacks the message (the caller writes it in English)', () => {
    expect(messageWriter('zh', { a: ['x'] })('b')).toBeUndefined();
    expect(messageWriter('zh', { a: ['x'] })('toString')).toBeUndefined();
  });

  it('refuses a format it does not read', () => {
    expect(() => messageWriter('ru', { a: [['n', 'number']] })('a', { n: 1 })).toThrow(/number format/);
  });
});
