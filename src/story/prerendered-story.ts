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
 * The widths the build draws the first chart at, one drawing each, side by side in index.html; story.css shows the
 * one that fits the window and hydration keeps it (./first-chart-layouts.tsx), so at these widths nothing is drawn
 * twice. `wide`: the sticky chart's column in a window at least as wide as the page's 68rem (16 px rem: 1088 px
 * less 2 rem padding and the 2.5 rem gap, 3/5 of it; story.css, layout.css), where most desktop readers see it.
 * `mid`: the same column in an 800 px window (3/5 of 800 less 4.5rem, 436.8, measured as 436). `narrow`: a 390 px
 * phone's stacked column (the window less 2rem). In any other window the chart redraws at its own width once the
 * page has hydrated, as every chart does when its box changes, in a box story.css already made that tall.
 */
export const FIRST_CHART_LAYOUTS = { wide: 609, mid: 436, narrow: 358 } as const;

export type FirstChartLayout = keyof typeof FIRST_CHART_LAYOUTS;

export const FIRST_CHART_LAYOUT_NAMES = Object.keys(FIRST_CHART_LAYOUTS) as FirstChartLayout[];

/**
 * Where each drawing but the wide one shows (story.css has the same media queries; a test checks it): the
 * drawings of a phone-shaped chart (under 560 px wide, 460 px tall: src/charts/kit/time-frame.ts) where the
 * chart's column is that narrow, the wide one wherever it is wider (a stacked column from 592 px, the sticky
 * column from a 1005.34 px window).
 */
export const FIRST_CHART_LAYOUT_QUERIES = {
  narrow: '(max-width: 591.98px)',
  mid: '(min-width: 721px) and (max-width: 1005.3px)',
} as const satisfies Partial<Record<FirstChartLayout, string>>;

/** The drawing story.css shows in this window (the one hydration keeps). */
export function firstChartLayoutFor(matches: (query: string) => boolean): FirstChartLayout {
  if (matches(FIRST_CHART_LAYOUT_QUERIES.narrow)) return 'narrow';
  if (matches(FIRST_CHART_LAYOUT_QUERIES.mid)) return 'mid';
  return 'wide';
}

/** The width the build draws the rest of the page's charts at (none is drawn but the first): the desktop's. */
export const PRERENDERED_CHART_WIDTH = FIRST_CHART_LAYOUTS.wide;

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
