// index.html holds the story prerendered in English (./static-story.tsx). A reader whose page will be in Chinese
// or Russian (the link's `lang=`, else the browser's languages: src/i18n/locales.ts, chooseLocale) would see that
// English from the first paint until the app's script has run and rendered in their language. This tiny script,
// inline in <head> so it runs before the body is parsed (no request, nothing painted yet), marks <html> in that
// case; layout.css then keeps the prerendered story hidden, its space kept. The Content-Security-Policy allows
// it by its hash (scripts/csp/policy.ts), never by 'unsafe-inline'.
import { scriptHash } from '../csp/policy.ts';
import { LANG_PARAM, LOCALES, SOURCE_LOCALE } from '../../src/i18n/locales.ts';
import { LANGUAGE_PENDING_ATTRIBUTE } from '../../src/story/prerendered-story.ts';
import { CSP_META } from '../csp/plugin.ts';

/**
 * chooseLocale's rule, in the JavaScript every browser runs without a build step: `lang=` in the hash's query
 * if it names a language of ours, else the first of the browser's languages whose primary tag is one, else
 * English (a unit test checks they agree).
 */
export const LANGUAGE_GATE_SCRIPT =
  `(function(){var l=${JSON.stringify(LOCALES)},k=function(t){return l.indexOf(t)>=0},` +
  `p=new URLSearchParams(location.hash.split("?")[1]||"").get(${JSON.stringify(LANG_PARAM)}),` +
  `c=k(p)?p:${JSON.stringify(SOURCE_LOCALE)};` +
  `if(!k(p)){var n=navigator.languages||[];for(var i=0;i<n.length;i++){var t=n[i].toLowerCase().split(/[-_]/)[0];if(k(t)){c=t;break}}}` +
  `if(c!==${JSON.stringify(SOURCE_LOCALE)})document.documentElement.setAttribute(${JSON.stringify(LANGUAGE_PENDING_ATTRIBUTE)},"")})()`;

export const LANGUAGE_GATE_HASH = scriptHash(LANGUAGE_GATE_SCRIPT);

/** `html` with the script right after its policy (a <meta> policy governs only what follows it). */
export function withLanguageGate(html: string): string {
  if (!html.includes(CSP_META))
    throw new Error('prerender: index.html has no Content-Security-Policy meta tag');
  return html.replace(CSP_META, `${CSP_META}\n    <script>${LANGUAGE_GATE_SCRIPT}</script>`);
}
