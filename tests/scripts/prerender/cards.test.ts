// The build's social cards (scripts/prerender/cards.ts) on a hand-made chart: the chart's CSS reaches the SVG
// as attributes (variables resolved), presentation attributes survive, markers sit on their leaders, and the
// PNG is 1200x630 and drawn.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import {
  CARD_FONT_DIR,
  CardError,
  chartDocument,
  chartSvgIn,
  renderCardPng,
  resolveVariables,
  rootVariables,
  cardStyleSheet,
  timelineChartSvg,
} from '../../../scripts/prerender/cards';
import { composeFigureSvg } from '../../../src/export/figure-svg';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../scripts/prerender/social-meta';
import { FIGURE_SIZES } from '../../../src/export/figure-svg';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

const CHART = `
<figure>
  <div class="chart-body">
    <svg role="img" width="600" height="300" viewBox="0 0 600 300" class="line-chart">
      <g class="axes" font-size="12"><line class="grid" x1="40" x2="560" y1="250" y2="250"></line>
        <text x="20" y="250">$1 bn</text></g>
      <g class="event-guide"><line class="leader" data-leader-for="invasion" x1="300" x2="310" y1="40" y2="60"></line></g>
      <g data-series-key="1" class="series band" fill="#D55E00"><rect x="100" y="100" width="80" height="150" class="bar"></rect></g>
    </svg>
    <button class="event-marker" data-event-id="invasion">1</button>
  </div>
</figure>`;

describe('social cards at build time', () => {
  it('resolves the light theme’s variables, with fallbacks', () => {
    const vars = rootVariables(
      ':root { --grid: #ececec; --muted: #555; } :root[data-theme=dark] { --grid: #333; }',
    );
    expect(vars.get('--grid')).toBe('#ececec');
    expect(resolveVariables('a { stroke: var(--grid); fill: var(--none, #fff); }', vars)).toBe(
      'a { stroke: #ececec; fill: #fff; }',
    );
  });

  it('gives the chart its page styles as attributes and keeps its own', () => {
    const css = cardStyleSheet(ROOT);
    expect(css).not.toMatch(/var\(--(grid|muted|text)\)/);
    const svg = chartSvgIn(chartDocument(CHART, css), 'fixture');
    const figure = composeFigureSvg({
      svg,
      title: 'Fixture chart',
      project: { name: 'Explorer', url: 'https://example.org/share/x.html' },
      size: 'social',
    });
    expect(figure.width).toBe(CARD_WIDTH);
    expect(figure.height).toBe(CARD_HEIGHT);
    expect(figure.svg).toMatch(/<line[^>]*stroke="#ececec"/);
    expect(figure.svg).toContain('fill="#D55E00"');
    expect(figure.svg).toContain('font-size="12"');
    expect(figure.svg).toContain('data-leader-for="invasion"');
    expect(figure.svg).not.toContain('var(');
  });

  it('renders a PNG of the card’s size that is not blank', () => {
    expect(FIGURE_SIZES.social).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
    const svg = chartSvgIn(chartDocument(CHART, cardStyleSheet(ROOT)), 'fixture');
    const { svg: card } = composeFigureSvg({
      svg,
      title: 'Fixture chart',
      project: { name: 'Explorer', url: 'https://example.org/' },
      size: 'social',
    });
    const png = renderCardPng(card);
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
    // Decoded (resvg reads the PNG as an image): the bar's orange is there, not just the white background.
    const image =
      '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630">' +
      `<image href="data:image/png;base64,${png.toString('base64')}" width="1200" height="630"/></svg>`;
    const pixels = new Resvg(image).render().pixels;
    let orange = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i]! > 200 && pixels[i + 1]! < 120 && pixels[i + 2]! < 40) orange++;
    }
    expect(orange).toBeGreaterThan(1000);
  });

  it('names the missing font and the package that supplies it', () => {
    expect(existsSync(CARD_FONT_DIR)).toBe(true);
    expect(() => renderCardPng('<svg xmlns="http://www.w3.org/2000/svg"/>', '/nonexistent')).toThrow(
      CardError,
    );
    expect(() => renderCardPng('<svg xmlns="http://www.w3.org/2000/svg"/>', '/nonexistent')).toThrow(
      /fonts-liberation/,
    );
  });
});

describe('the timeline card', () => {
  it('draws one row per kind of event present and a dot per event, in its year', () => {
    const html = timelineChartSvg(
      [
        { date: '2022-02-24', category: 'war' },
        { date: '2023-06-23', category: 'sanctions-eu' },
        { date: '2023-12-18', category: 'sanctions-eu' },
      ],
      { war: 'War', 'sanctions-us': 'US sanctions', 'sanctions-eu': 'EU sanctions' },
    );
    const svg = chartSvgIn(chartDocument(html, ''), 'timeline');
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toEqual([
      'War',
      'EU sanctions',
      '2022',
      '2023',
    ]);
    expect(svg.querySelectorAll('circle')).toHaveLength(3);
  });

  it('leaves room left of the plot for the longest label, so a Russian one is not cut at the edge', () => {
    const label = 'Список высокоприоритетных товаров';
    const html = timelineChartSvg([{ date: '2023-02-24', category: 'chpl' }], { chpl: label });
    const svg = chartSvgIn(chartDocument(html, ''), 'timeline');
    const text = svg.querySelector('text')!;
    // Right-aligned at x: it starts about 0.6 em a character (12 px) to the left, which must stay inside.
    const startsAt = Number(text.getAttribute('x')) - label.length * 12 * 0.6;
    expect(startsAt).toBeGreaterThanOrEqual(0);
    expect(Number(svg.getAttribute('width'))).toBeGreaterThan(Number(text.getAttribute('x')) + 500);
  });
});
