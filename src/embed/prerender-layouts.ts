// A prerendered embed holds its chart twice: drawn at a desktop width and at a phone width (scripts/prerender/).
// The page shows the one that fits (embed.css, NARROW_QUERY) and hydration keeps only that one, starting from
// the width it was drawn at. A chart's layout changes at 560 px (time-frame.ts: a phone's chart is 460 px tall,
// a desktop's 400-500), so one drawing scaled to a phone would be short and tiny-lettered, and would grow when
// the script redraws it: the text below it would jump.
export const PRERENDER_LAYOUTS = {
  /** The charts' own fallback width (useElementWidth). */
  wide: 720,
  /** A 390 px phone less the embed's padding (0.75rem each side). */
  narrow: 366,
} as const;

export type PrerenderLayout = keyof typeof PRERENDER_LAYOUTS;

export const LAYOUT_NAMES = Object.keys(PRERENDER_LAYOUTS) as PrerenderLayout[];

/**
 * Where the phone layout shows: a chart narrower than 560 px, i.e. a page narrower than 584 px with the embed's
 * padding. embed.css has the same media query (a test checks it).
 */
export const NARROW_QUERY = '(max-width: 583.98px)';

/** React's useId prefix per layout: the two drawings share a page until one is removed, so their ids must differ. */
export function layoutIdPrefix(layout: PrerenderLayout): string {
  return layout === 'wide' ? '' : 'n-';
}
