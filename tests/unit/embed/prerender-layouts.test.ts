import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartHeight } from '../../../src/charts/kit/time-frame';
import {
  LAYOUT_NAMES,
  layoutIdPrefix,
  NARROW_QUERY,
  PRERENDER_LAYOUTS,
} from '../../../src/embed/prerender-layouts';

const css = readFileSync(path.join(import.meta.dirname, '../../../src/embed/embed.css'), 'utf8');

describe('the prerendered layouts', () => {
  it('shows the phone drawing under the same media query that hydration reads', () => {
    expect(css).toContain(`@media ${NARROW_QUERY} {`);
  });

  it('draws one layout on each side of the charts’ own breakpoint', () => {
    // A phone's chart is 460 px tall whatever its width; a desktop's grows with it.
    expect(chartHeight(PRERENDER_LAYOUTS.narrow)).toBe(460);
    expect(chartHeight(PRERENDER_LAYOUTS.wide)).toBe(400);
    // The query's 584 px page is a 560 px chart with the embed's 12 px padding each side.
    expect(chartHeight(583 - 24)).toBe(460);
    expect(chartHeight(584 - 24)).toBe(400);
  });

  it('gives the two drawings different id prefixes, since both are in the page until one is removed', () => {
    expect(new Set(LAYOUT_NAMES.map(layoutIdPrefix)).size).toBe(LAYOUT_NAMES.length);
  });
});
