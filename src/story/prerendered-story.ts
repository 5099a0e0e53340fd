// The story as index.html holds it (scripts/prerender/): the app's route "/" in English, drawn by the build with
// the first chart's ready-made data (./first-chart.ts) and every other part in its loading state, so that the
// browser, holding the same data before it hydrates, renders exactly the same markup on its first render.
/** On #root when index.html holds the prerendered story. */
export const PRERENDERED_STORY_ATTRIBUTE = 'data-prerendered-story';

/**
 * On <html> when the page will show a language other than the prerendered story's English (the link's `lang=`,
 * else the browser's): set by a script in index.html's <head> before the first paint
 * (scripts/prerender/language-gate.ts), so layout.css hides the English story (its space kept) until the app has
 * rendered in the reader's language. A Chinese or Russian reader never sees the English.
 */
export const LANGUAGE_PENDING_ATTRIBUTE = 'data-lang-pending';

/**
 * The width the build draws the first chart at: the sticky chart's column in a window at least as wide as the
 * page's 68rem (16 px rem: 1088 px less 2 rem padding and the 2.5 rem gap, 3/5 of it; story.css, layout.css),
 * where most desktop readers see it. In a narrower window (or a phone's) the chart redraws at its own width once
 * the page has hydrated, as every chart does when its box changes.
 */
export const PRERENDERED_CHART_WIDTH = 609;

/**
 * How the build writes the router's own links ("/sources" in its memory history) into index.html: a working link
 * without JavaScript, and one the page's script tells from the app's literal "#/..." links, to write it as its
 * router does (the page's own path) before hydrating.
 */
export const PRERENDERED_ROUTE_HREF = './index.html#';

/** Search parameters that leave the story's first render as the build drew it. */
const NEUTRAL_PARAMS = new Set(['step']);

/**
 * Whether the page's hash route is the one the build drew: the story ("#/", "#" or none), in English, with no
 * parameter that changes what it shows (`step=` only scrolls; `lang=en` is English). `locale`: the language the
 * page chose (the link's `lang=`, else the browser's).
 */
export function isPrerenderedStoryRoute(hash: string, locale: string): boolean {
  if (locale !== 'en') return false;
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  if (path !== '' && path !== '/') return false;
  for (const [key, value] of new URLSearchParams(query)) {
    if (key === 'lang' ? value !== 'en' : !NEUTRAL_PARAMS.has(key)) return false;
  }
  return true;
}
