// The dark palette keeps every series readable on the dark embed's background (WCAG: 3:1 for lines, 4.5:1 for
// text), keeps the light palette's order (a series keeps its hue when the theme changes), and no stylesheet
// recolours a chart by matching colour values (issue 12: themes never match hex values).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { colourAt, PALETTES } from '../../../src/charts/kit/palette';

const DARK_BACKGROUND = '#15171a'; // --bg in src/embed/embed.css
const WHITE = '#ffffff';

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('palettes', () => {
  it('have a dark colour for every light one', () => {
    expect(PALETTES.dark).toHaveLength(PALETTES.light.length);
    expect(colourAt(6, 'dark').line).not.toBe(colourAt(6, 'light').line);
    expect(colourAt(PALETTES.light.length, 'dark')).toEqual(colourAt(0, 'dark'));
  });

  it('dark: lines at least 3:1 and labels at least 4.5:1 on the dark background', () => {
    for (const { line, text } of PALETTES.dark) {
      expect(contrast(line, DARK_BACKGROUND), line).toBeGreaterThanOrEqual(3);
      expect(contrast(text, DARK_BACKGROUND), text).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('light: labels at least 4.5:1 on white', () => {
    for (const { text } of PALETTES.light) expect(contrast(text, WHITE), text).toBeGreaterThanOrEqual(4.5);
  });

  it('no stylesheet selects chart marks by a colour value', () => {
    const cssFiles = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? cssFiles(join(dir, entry.name))
          : entry.name.endsWith('.css')
            ? [join(dir, entry.name)]
            : [],
      );
    const offenders = cssFiles('src').filter((file) =>
      /\[(fill|stroke)[\^$*]?=\s*['"]?#/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
