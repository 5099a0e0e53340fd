// The pseudo-locale check of issue 15, with the real languages as the pseudo-locale: on a page shown in Chinese or
// Russian, every word a reader sees or hears (text, and the aria-label, title, placeholder and alt a screen reader
// reads) must be in that language. A word of English letters outside an element that says it is English on purpose
// (`lang="en"`: a verbatim quote of the article, a product name kept in English) or not to be translated
// (`translate="no"`: a code, a file name, a source's own name) is a hard-coded string or a missing translation.
// Tokens every language writes in Latin letters (source and format names, units, codes) are allowed by name.
import type { Page } from 'playwright-core';

/** Names and codes Chinese and Russian texts write in Latin letters too. */
export const LATIN_TOKENS: readonly string[] = [
  ...['BACI', 'CEPII', 'CHPL', 'CSV', 'PNG', 'SVG', 'JSON', 'ZIP', 'URL', 'HTML', 'HS', 'UN', 'Comtrade'],
  ...['IMF', 'DOTS', 'Eurostat', 'GACC', 'BIS', 'EU', 'UK', 'US', 'UNSD', 'ISO', 'CIF', 'FOB', 'iframe'],
  ...['README', 'kg', 'GitHub', 'MIT', 'WITS', 'SITC', 'EAEU', 'UTF', 'WSJ', 'USD', 'EUR', 'CNY', 'RUB'],
  // The US Commerce Control List, by its acronym as Chinese and Russian texts on export controls write it.
  'CCL',
  ...['SHA', 'IMTS', 'Comext'],
];

/** The words a Chinese or Russian text puts before English it keeps on purpose, visibly (src/data/product-names.ts):
 * what follows one in a text is English by design. */
export const ENGLISH_MARKERS: readonly string[] = ['（英文）', '(англ.)'];

export interface EnglishText {
  /** A CSS-like path to the element, to find it. */
  where: string;
  /** The text (or `attribute: text`) with the English words. */
  text: string;
}

/** The texts of the page (under `root`) with English words a reader of another language should not meet. */
export async function englishTexts(page: Page, root = 'body'): Promise<EnglishText[]> {
  return page.evaluate(
    ({ rootSelector, allowed, markers }) => {
      const allow = new Set(allowed);
      const beforeMarker = (text: string) =>
        markers.reduce((kept, marker) => kept.split(marker)[0] ?? '', text);
      const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description'];
      const exempt = (element: Element) =>
        element.closest('[lang^="en"]:not(html), [translate="no"], script, style, noscript, template') !==
        null;
      const shown = (element: Element) =>
        !('checkVisibility' in element) || element.checkVisibility({ visibilityProperty: true } as never);
      const english = (text: string) =>
        (beforeMarker(text).match(/[A-Za-z][A-Za-z'’-]{2,}/g) ?? [])
          .map((word) => word.replace(/[-'’]+$/, ''))
          .filter((word) => word.length > 2 && !allow.has(word));
      const path = (element: Element) => {
        const parts: string[] = [];
        for (let node: Element | null = element; node && node !== document.body; node = node.parentElement) {
          const cls =
            typeof node.className === 'string' && node.className ? `.${node.className.split(' ')[0]}` : '';
          parts.unshift(`${node.tagName.toLowerCase()}${cls}`);
        }
        return parts.slice(-4).join(' > ');
      };
      const found: { where: string; text: string }[] = [];
      const base = document.querySelector(rootSelector);
      if (!base) return found;
      const walker = document.createTreeWalker(base, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!element || exempt(element) || !shown(element)) continue;
        const text = node.textContent ?? '';
        if (english(text).length > 0) found.push({ where: path(element), text: text.trim().slice(0, 160) });
      }
      for (const element of base.querySelectorAll(ATTRIBUTES.map((name) => `[${name}]`).join(','))) {
        if (exempt(element)) continue;
        for (const name of ATTRIBUTES) {
          const value = element.getAttribute(name);
          if (value && english(value).length > 0)
            found.push({ where: path(element), text: `${name}: ${value}` });
        }
      }
      return found;
    },
    { rootSelector: root, allowed: LATIN_TOKENS, markers: ENGLISH_MARKERS },
  );
}
