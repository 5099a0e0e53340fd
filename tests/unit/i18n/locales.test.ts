import { describe, expect, it } from 'vitest';
import { browserLocale, chooseLocale } from '../../../src/i18n/locales';
import { activateLocale, activeLocale, addCatalogue, english, i18n } from '../../../src/i18n/i18n';
import { PAGES_CATALOGUE } from '../../../src/i18n/pages-catalogue';

describe('choosing the language', () => {
  it("takes the first of the browser's languages that the app speaks", () => {
    expect(browserLocale(['de-DE', 'ru-RU', 'en'])).toBe('ru');
    expect(browserLocale(['zh-TW', 'en-GB'])).toBe('zh');
    expect(browserLocale(['fr', 'de'])).toBe('en');
    expect(browserLocale(undefined)).toBe('en');
  });

  it("prefers the link's lang= and reports a value that is not ours", () => {
    expect(chooseLocale('ru', ['zh-CN'])).toEqual({ locale: 'ru', rejected: null });
    expect(chooseLocale(null, ['zh-CN'])).toEqual({ locale: 'zh', rejected: null });
    expect(chooseLocale('xx', ['zh-CN'])).toEqual({ locale: 'zh', rejected: 'xx' });
  });
});

describe('the translation call', () => {
  it('writes English from the message in the code, with its arguments', () => {
    expect(english({ id: 'a', message: 'Version {v} of {n}' }, { v: 3, n: 'x' })).toBe('Version 3 of x');
    expect(english({ id: 'a', message: 'Keeps {unknown}' }, {})).toBe('Keeps {unknown}');
  });

  it('loads the Chinese and Russian catalogues when chosen, and English needs none', async () => {
    const sources = { id: 'nav.sources', message: 'Data & sources' };
    const download = { id: 'actions.download', message: 'Download' };
    await activateLocale('ru');
    expect(activeLocale()).toBe('ru');
    expect(i18n._(download)).not.toBe('Download');
    // The pages' catalogue loads only once the app registers it (an embed never does).
    expect(i18n._(sources)).toBe('Data & sources');
    addCatalogue(PAGES_CATALOGUE);
    await activateLocale('ru');
    expect(i18n._(sources)).toBe('Данные и источники');
    await activateLocale('zh');
    expect(i18n._(sources)).toBe('数据与来源');
    await activateLocale('en');
    expect(i18n._(sources)).toBe('Data & sources');
  });
});

describe('a catalogue loaded on demand', () => {
  it('loads into the active language when the code that shows its words asks, and costs English nothing', async () => {
    const { ensureCatalogue } = await import('../../../src/i18n/i18n');
    const { LATER_CATALOGUE } = await import('../../../src/i18n/later-catalogue');
    const close = { id: 'embed.close', message: 'Close' };
    await activateLocale('ru');
    expect(i18n._(close)).toBe('Close');
    await ensureCatalogue(LATER_CATALOGUE);
    expect(i18n._(close)).not.toBe('Close');
    await activateLocale('zh');
    expect(i18n._(close)).toMatch(/[\u4e00-\u9fff]/);
    await activateLocale('en');
    expect(i18n._(close)).toBe('Close');
  });

  it('does not undo a switch of language under way: the reader’s last choice wins, with the catalogue in it', async () => {
    const { ensureCatalogue } = await import('../../../src/i18n/i18n');
    const word = { id: 'test.word', message: 'Word' };
    const extra = {
      zh: () => Promise.resolve({ messages: { 'test.word': ['词'] } }),
      ru: () => Promise.resolve({ messages: { 'test.word': ['Слово'] } }),
    };
    await activateLocale('zh');
    // A chart asks for its words while the reader switches from Chinese to Russian.
    const switching = activateLocale('ru');
    await Promise.all([switching, ensureCatalogue(extra)]);
    expect(activeLocale()).toBe('ru');
    expect(i18n._(word)).toBe('Слово');
    await activateLocale('en');
  });

  it('a second caller waits for the catalogue the first one is still loading (the story’s two kinds of marks)', async () => {
    const { ensureCatalogue } = await import('../../../src/i18n/i18n');
    const word = { id: 'test.second', message: 'Second' };
    let arrive = () => {};
    const arrived = new Promise<void>((resolve) => {
      arrive = resolve;
    });
    const extra = {
      zh: () => arrived.then(() => ({ messages: { 'test.second': ['第二'] } })),
      ru: () => arrived.then(() => ({ messages: { 'test.second': ['Второй'] } })),
    };
    await activateLocale('zh');
    const first = ensureCatalogue(extra);
    const second = ensureCatalogue(extra).then(() => i18n._(word));
    arrive();
    await first;
    expect(await second).toBe('第二');
    await activateLocale('en');
  });
});
