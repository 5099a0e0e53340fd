// Where the build writes each preset's prerendered embed (scripts/prerender/), which charts, and when a page may hydrate it.
// No React here: the Embed dialog and the embed's entry read these without loading the chart code.
import { DEFAULT_SPEC } from '../spec/defaults';
import { PRESETS } from '../spec/presets';
import type { ChartSpec } from '../spec/schema';
import { specToQueryString } from '../spec/url';
import { EMBED_PARAMS, presetIdOf } from '../spec/embed-params';

/** Every chart the build prerenders as an embed: each preset, and the explorer's default view. */
export const PRERENDERED_SPECS = {
  ...PRESETS,
  'explorer-default': DEFAULT_SPEC,
} satisfies Record<string, ChartSpec>;

export type PrerenderedId = keyof typeof PRERENDERED_SPECS;

/** The file a preset's prerendered embed is written to, beside index.html and embed.html. */
export function prerenderedEmbedFile(presetId: string): string {
  return `embed-${presetId}.html`;
}

/** Its data, fetched by the page to hydrate (kept out of the HTML so the chart arrives first). */
export function prerenderedDataFile(presetId: string): string {
  return `embed-${presetId}.json`;
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
 * Whether a prerendered page's own query string leaves the prerendered chart as it is. Only the theme (and an
 * explicit `lang=en`, the build's language) may
 * change (an attribute on <html>, not the React tree); anything else (no controls, a pinned data version,
 * another chart) is drawn by the ordinary embed instead.
 */
export function hydratable(search: string): boolean {
  return [...new URLSearchParams(search)].every(
    ([key, value]) => key === EMBED_PARAMS.theme || (key === EMBED_PARAMS.lang && value === 'en'),
  );
}
