// A placeholder is an attribute: no part of it can be marked as a code (translate="no"), so in Chinese and Russian
// every word of it must be in that language, by the rule of the untranslated-text check (tests/browser/
// untranslated.ts): no word of three or more Latin letters but the names and codes every language writes so.
import { afterAll, describe, expect, it } from 'vitest';
import { activateLocale, addCatalogue, i18n } from '../../../src/i18n/i18n';
import { PAGES_CATALOGUE } from '../../../src/i18n/pages-catalogue';
import { LATIN_TOKENS } from '../../browser/untranslated';

// Each with its English message (shown if a translation were missing, which the test would report as English).
const PLACEHOLDERS = [
  { id: 'partners.placeholder', message: 'e.g. India, Serbia, CHN' },
  { id: 'search.placeholder', message: 'e.g. lathes, 8542, bearings' },
  { id: 'import.period-placeholder', message: '2023 or 2023-04' },
];

afterAll(() => activateLocale('en'));

describe('the placeholders of the pages', () => {
  it.each(['zh', 'ru'] as const)('in %s have no English word', async (locale) => {
    addCatalogue(PAGES_CATALOGUE);
    await activateLocale(locale);
    for (const { id, message } of PLACEHOLDERS) {
      const text = i18n._({ id, message });
      const english = (text.match(/[A-Za-z][A-Za-z'’-]{2,}/g) ?? []).filter((w) => !LATIN_TOKENS.includes(w));
      expect({ id, english }).toEqual({ id, english: [] });
    }
  });
});
