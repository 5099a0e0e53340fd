// Where the build writes each preset's prerendered embed (scripts/prerender/), which charts, and when a page may hydrate it.
// No React here: the Embed dialog and the embed's entry read these without loading the chart code.
import { DEFAULT_SPEC } from '../spec/defaults';
import { PRESETS } from '../spec/presets';
import type { ChartSpec } from '../spec/schema';
import { specToQueryString } from '../spec/url';
import { EMBED_PARAMS, presetIdOf } from '../spec/embed-params';
import { SOURCE_LOCALE, type Locale } from '../i18n/locales';

/** Every chart the build prerenders as an embed: each preset, and the explorer's default view. */
export const PRERENDERED_SPECS = {
  ...PRESETS,
  'explorer-default': DEFAULT_SPEC,
} satisfies Record<string, ChartSpec>;

export type PrerenderedId = keyof typeof PRERENDERED_SPECS;

/** A prerendered file's language part: none for English (the first language, whose names stay as they were). */
export const languagePart = (locale: Locale): string => (locale === SOURCE_LOCALE ? '' : `.${locale}`);

/**
 * The file a preset's prerendered embed is written to, beside index.html and embed.html, in each language:
 * embed-<id>.html (English), embed-<id>.zh.html, embed-<id>.ru.html. The file is the language, so a Chinese or
 * Russian embed paints its chart, in its words, from the HTML alone, as an English one does.
 */
export function prerenderedEmbedFile(presetId: string, locale: Locale = SOURCE_LOCALE): string {
  return `embed-${presetId}${languagePart(locale)}.html`;
}

/** Its data, fetched by the page to hydrate (kept out of the HTML so the chart arrives first). Its texts (title,
 * notes, series names) are in that language, so each language has its own. */
export function prerenderedDataFile(presetId: string, locale: Locale = SOURCE_LOCALE): string {
  return `embed-${presetId}${languagePart(locale)}.json`;
}

export function isPrerenderedId(id: string): id is PrerenderedId {
  return Object.hasOwn(PRERENDERED_SPECS, id);
}

/** The prerendered embed that shows exactly this spec, if any. */
export function prerenderedIdOf(spec: ChartSpec): PrerenderedId | null {
  const presetId = presetIdOf(spec);
  if (presetId && isPrerenderedId(presetId)) return presetId;
  return specToQueryString(spec) === specToQueryString(DEFAULT_SPEC) ? 'explorer-default' : null;
}

/**
 * Whether a prerendered page's own query string leaves the prerendered chart as it is. Only the theme (and a
 * `lang=` naming the page's own language) may change (an attribute on <html>, not the React tree); anything else
 * (no controls, a pinned data version, another chart or language) is drawn by the ordinary embed instead.
 */
export function hydratable(search: string, pageLocale: Locale = SOURCE_LOCALE): boolean {
  return [...new URLSearchParams(search)].every(
    ([key, value]) => key === EMBED_PARAMS.theme || (key === EMBED_PARAMS.lang && value === pageLocale),
  );
}
