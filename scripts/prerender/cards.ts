// Social cards made by the build from the chart itself: the chart's server-rendered SVG (the same markup the
// prerendered pages carry), given the page's chart styles in a DOM of its own (jsdom), composed into the
// 1200x630 figure the browser's "Social card" download makes (src/export/figure-svg.ts), and rendered to PNG
// by resvg. Loaded through Vite's SSR loader (./render.tsx), like the prerender.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { JSDOM, type DOMWindow } from 'jsdom';
import { figureInputOf } from '../../src/figure/actions/figure-input';
import { colourAt } from '../../src/charts/kit/palette';
import type { SpecChartData } from '../../src/charts/spec-chart/types';
import { appName } from '../../src/figure/app-name';
import { composeFigureSvg, FIGURE_SIZES } from '../../src/export/figure-svg';

export const CARD_SIZE = FIGURE_SIZES.social;

/** The stylesheets that style a chart's SVG, and the one whose :root holds the light theme's colours. */
const CHART_CSS = ['src/figure/chart.css', 'src/charts/spec-chart/spec-chart.css'];
const THEME_CSS = 'src/figure/base.css';

/**
 * The font cards are drawn in: Liberation Sans has Arial's metrics, which the figure's text wrapping assumes
 * (src/export/svg-text.ts). Debian's fonts-liberation package installs it here.
 */
export const CARD_FONT_DIR = '/usr/share/fonts/truetype/liberation';
const CARD_FONTS = ['Regular', 'Bold', 'Italic', 'BoldItalic'].map((style) => `LiberationSans-${style}.ttf`);
/**
 * The Chinese cards' characters, which Liberation Sans lacks: resvg falls back to this font for them, as the
 * browser falls back to a system CJK font on the page. Debian's fonts-wqy-microhei installs it (small, and the
 * font the CI machine gives the Chinese pages).
 */
export const CARD_CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';

export class CardError extends Error {}

/** The custom properties of the first `:root { … }` block (the light theme). */
export function rootVariables(css: string): Map<string, string> {
  const block = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const vars = new Map<string, string>();
  for (const match of block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) vars.set(match[1]!, match[2]!.trim());
  return vars;
}

/** `var(--x)` and `var(--x, fallback)` replaced by their values: neither jsdom nor resvg resolves them. */
export function resolveVariables(css: string, vars: ReadonlyMap<string, string>): string {
  return css.replace(
    /var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g,
    (whole, name: string, fallback?: string) => {
      return vars.get(name) ?? fallback?.trim() ?? whole;
    },
  );
}

/** The chart styles of the app's light theme, with every variable resolved. */
export function cardStyleSheet(root: string): string {
  const vars = rootVariables(readFileSync(join(root, THEME_CSS), 'utf8'));
  return CHART_CSS.map((path) => resolveVariables(readFileSync(join(root, path), 'utf8'), vars)).join('\n');
}

/**
 * jsdom's getComputedStyle reads the stylesheets but not an SVG element's presentation attributes (a series'
 * fill="#D55E00"), which a browser's computed style includes under any CSS rule: this adds them, so the
 * export code that copies computed styles (src/export/svg-styles.ts) sees what it sees in the browser.
 */
function withPresentationAttributes(window: DOMWindow): void {
  const cascaded = window.getComputedStyle.bind(window);
  window.getComputedStyle = ((element: Element) => {
    const style = cascaded(element);
    return {
      getPropertyValue: (property: string) =>
        style.getPropertyValue(property) || (element.getAttribute(property) ?? ''),
    } as CSSStyleDeclaration;
  }) as DOMWindow['getComputedStyle'];
}

/** A DOM holding `html` (a server-rendered chart) under the chart styles. */
export function chartDocument(html: string, css: string): Document {
  const dom = new JSDOM(`<!doctype html><html><head><style>${css}</style></head><body>${html}</body></html>`);
  withPresentationAttributes(dom.window);
  return dom.window.document;
}

/** The chart's SVG in a server-rendered figure (the element the browser's downloads export, SpecFigure.tsx). */
export function chartSvgIn(doc: Document, what: string): SVGSVGElement {
  const svg = doc.querySelector<SVGSVGElement>('figure svg[role="img"]');
  if (!svg) throw new CardError(`social card for ${what}: the server-rendered chart has no SVG`);
  return svg;
}

export interface CardInput {
  data: SpecChartData;
  /** The server-rendered figure (its HTML), as SpecFigure draws it. */
  html: string;
  css: string;
  /** Printed on the card: where the chart is. */
  chartUrl: string;
  what: string;
}

/** The card as a standalone SVG, 1200x630. */
export function socialCardSvg({ data, html, css, chartUrl, what }: CardInput): string {
  const svg = chartSvgIn(chartDocument(html, css), what);
  return composeFigureSvg(figureInputOf({ data, svg, chartUrl, size: 'social' })).svg;
}

function fontOptions(fontDir: string, cjkFont: string): ResvgRenderOptions['font'] {
  const files = CARD_FONTS.map((name) => join(fontDir, name));
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new CardError(
      `social cards: font file ${missing[0]} not found (Debian/Ubuntu: apt-get install fonts-liberation; ` +
        'or set CARD_FONT_DIR to a folder with LiberationSans-*.ttf)',
    );
  }
  if (!existsSync(cjkFont)) {
    throw new CardError(
      `social cards: Chinese font file ${cjkFont} not found (Debian/Ubuntu: apt-get install fonts-wqy-microhei; ` +
        'or set CARD_CJK_FONT to a font file with Chinese characters)',
    );
  }
  return {
    fontFiles: [...files, cjkFont],
    loadSystemFonts: false,
    defaultFontFamily: 'Liberation Sans',
    sansSerifFamily: 'Liberation Sans',
  };
}

/** The card's SVG as a PNG of its own size. */
export function renderCardPng(
  svg: string,
  fontDir = process.env.CARD_FONT_DIR || CARD_FONT_DIR,
  cjkFont = process.env.CARD_CJK_FONT || CARD_CJK_FONT,
): Buffer {
  const resvg = new Resvg(svg, { font: fontOptions(fontDir, cjkFont), fitTo: { mode: 'original' } });
  return resvg.render().asPng();
}

export interface TimelineEvent {
  date: string;
  category: string;
}

/**
 * The story's timeline (an ordered list on the page, src/story/Timeline.tsx) drawn for its card: one row per
 * kind of event, a dot at each event's date, so the card shows when the measures came and how they bunched.
 */
export function timelineChartSvg(
  events: readonly TimelineEvent[],
  labels: Readonly<Record<string, string>>,
): string {
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
  const categories = Object.keys(labels).filter((key) => sorted.some((e) => e.category === key));
  const first = Number(sorted[0]?.date.slice(0, 4) ?? 2022);
  const last = Number(sorted.at(-1)?.date.slice(0, 4) ?? first) + 1;
  // The rows' labels sit left of the plot: room for the longest (a Russian one is twice an English one), at
  // about 0.6 em a character of the 12 px labels.
  const longest = Math.max(0, ...categories.map((key) => (labels[key] ?? key).length));
  const left = Math.max(150, Math.ceil(20 + longest * 7.2));
  const [top, row] = [10, 30];
  const right = left + 550;
  const width = right + 20;
  const height = top + categories.length * row + 36;
  const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`);
  const [from, to] = [dayOf(`${first}-01-01`), dayOf(`${last}-01-01`)];
  const x = (date: string) => left + ((dayOf(date) - from) / (to - from)) * (right - left);
  const axisY = top + categories.length * row + 6;
  const parts: string[] = [];
  categories.forEach((category, i) => {
    const y = top + i * row + row / 2;
    const colour = colourAt(i).line;
    parts.push(
      `<text x="${left - 10}" y="${y}" dy="0.32em" text-anchor="end" font-size="12" fill="#555555">${escapeXml(labels[category] ?? category)}</text>`,
      `<line x1="${left}" x2="${right}" y1="${y}" y2="${y}" stroke="#ececec"/>`,
      ...sorted
        .filter((e) => e.category === category)
        .map(
          (e) => `<circle cx="${x(e.date).toFixed(1)}" cy="${y}" r="5" fill="${colour}" fill-opacity="0.8"/>`,
        ),
    );
  });
  parts.push(`<line x1="${left}" x2="${right}" y1="${axisY}" y2="${axisY}" stroke="#888888"/>`);
  for (let year = first; year <= last; year++) {
    const at = x(`${year}-01-01`);
    parts.push(`<line x1="${at}" x2="${at}" y1="${axisY}" y2="${axisY + 5}" stroke="#888888"/>`);
    if (year < last) {
      const mid = (at + x(`${year + 1}-01-01`)) / 2;
      parts.push(
        `<text x="${mid}" y="${axisY + 20}" text-anchor="middle" font-size="12" fill="#555555">${year}</text>`,
      );
    }
  }
  return (
    `<figure><svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}">${parts.join('')}</svg></figure>`
  );
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface PlainCardInput {
  /** A server-rendered figure whose SVG carries its own colours (no chart styles needed). */
  html: string;
  title: string;
  subtitle: string;
  sourceLine: string;
  chartUrl: string;
  what: string;
}

/** A card for a graphic that is not a spec chart (the story's timeline). */
export function plainCardSvg(input: PlainCardInput): string {
  const svg = chartSvgIn(chartDocument(input.html, ''), input.what);
  return composeFigureSvg({
    svg,
    title: input.title,
    subtitle: input.subtitle,
    sourceLine: input.sourceLine,
    project: { name: appName(), url: input.chartUrl },
    size: 'social',
  }).svg;
}
