import { describe, expect, it } from 'vitest';
import {
  composeFigureSvg,
  otherEventsKey,
  otherEventsPointer,
  type FigureInput,
} from '../../../src/export/figure-svg';
import { activateLocale, addCatalogue } from '../../../src/i18n/i18n';
import { LATER_CATALOGUE } from '../../../src/i18n/later-catalogue';

// What the Embed/Share dialogs and the export code do before they show their words (src/i18n/later-catalogue.ts).
addCatalogue(LATER_CATALOGUE);

const SVG_NS = 'http://www.w3.org/2000/svg';
const LONG_NAME =
  '854231 Electronic integrated circuits: processors and controllers, whether or not combined';

function mountChart(): SVGSVGElement {
  document.body.innerHTML = `
    <svg xmlns="${SVG_NS}" width="600" height="300" viewBox="0 0 600 300">
      <g data-series-key="a"><path d="M0,0L10,10"></path></g>
      <g class="event-guide"><line data-leader-for="invasion" x1="100" x2="100" y1="20" y2="40"></line></g>
    </svg>`;
  return document.querySelector('svg')!;
}

function input(overrides: Partial<FigureInput> = {}): FigureInput {
  return {
    svg: mountChart(),
    title: 'China’s exports to Russia: CHPL goods by tier',
    subtitle: 'US$, current prices',
    sourceLine: 'Source: CEPII BACI (HS 2017, V202501).',
    legend: [
      { label: 'Tier 1', colour: '#d55e00' },
      { label: LONG_NAME, colour: '#0072b2' },
    ],
    notes: [
      { text: 'Some series have no data in 2019.' },
      { title: 'Reporting basis changes', text: 'From 2022 China’s declarations only.' },
    ],
    markers: [{ id: 'invasion', x: 100, y: 12, r: 8, text: '1' }],
    eventKey: 'Events: 1 = 24 Feb 2022, Russia invades Ukraine.',
    project: { name: 'China–Russia dual-use trade explorer', url: 'https://example.org/#/explorer?v=1' },
    ...overrides,
  };
}

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

const textOf = (doc: Document) =>
  [...doc.querySelectorAll('text')]
    .map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' '))
    .join(' ');

describe('composeFigureSvg', () => {
  it('carries the title, subtitle, source line, every note, the event key and the project link', () => {
    const doc = parse(composeFigureSvg(input()).svg);
    const drawn = textOf(doc);
    for (const text of [
      'China’s exports to Russia',
      'US$, current prices',
      'Source: CEPII BACI',
      'Some series have no data in 2019.',
      'Reporting basis changes. From 2022 China’s declarations only.',
      'Russia invades Ukraine',
      'China–Russia dual-use trade explorer · https://example.org/#/explorer?v=1',
    ]) {
      expect(drawn).toContain(text);
    }
  });

  it('writes the full legend: a long series name wraps, it is never cut', () => {
    const doc = parse(composeFigureSvg(input()).svg);
    const entry = doc.querySelector(`[data-legend-label="${LONG_NAME}"] text`);
    const lines = [...entry!.querySelectorAll('tspan')].map((t) => t.textContent);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(LONG_NAME);
    expect(textOf(doc)).not.toContain('…');
  });

  it('draws a marker for every leader line, so no line leads to nothing', () => {
    const doc = parse(composeFigureSvg(input()).svg);
    const leaders = [...doc.querySelectorAll('line[data-leader-for]')];
    expect(leaders).toHaveLength(1);
    for (const leader of leaders) {
      const id = leader.getAttribute('data-leader-for');
      const marker = doc.querySelector(`[data-event-marker="${id}"]`);
      expect(marker?.querySelector('circle')).not.toBeNull();
      expect(marker?.textContent).toBe('1');
    }
  });

  it('makes a social card of exactly 1200x630 and a square of 1080x1080, the plot inside them', () => {
    for (const [size, width, height] of [
      ['social', 1200, 630],
      ['square', 1080, 1080],
    ] as const) {
      const out = composeFigureSvg(input({ size }));
      expect([out.width, out.height]).toEqual([width, height]);
      const chart = parse(out.svg).querySelector('svg > svg')!;
      const bottom = Number(chart.getAttribute('y')) + Number(chart.getAttribute('height'));
      expect(Number(chart.getAttribute('height'))).toBeGreaterThan(height / 3);
      expect(bottom).toBeLessThan(height);
      // Cards name the notes by their titles and point to the link for the rest.
      expect(textOf(parse(out.svg))).toContain(
        'Notes: Some series have no data in 2019. Reporting basis changes.',
      );
    }
  });

  it('keeps the chart at its own size when exported as shown', () => {
    const out = composeFigureSvg(input());
    const chart = parse(out.svg).querySelector('svg > svg')!;
    expect(chart.getAttribute('width')).toBe('600');
    expect(out.width).toBe(632);
  });

  it('a card with a long legend and long notes keeps room for the plot, pointing to the link for the rest', () => {
    const legend = Array.from({ length: 10 }, (_, i) => ({
      label: `${i} ${LONG_NAME} ${LONG_NAME}`,
      colour: '#000',
    }));
    const notes = Array.from({ length: 4 }, () => ({ text: `${LONG_NAME}. `.repeat(6) }));
    const figure = composeFigureSvg(input({ legend, notes, size: 'social' }));
    const doc = parse(figure.svg);
    const plot = doc.documentElement.querySelector(':scope > svg')!;
    expect(Number(plot.getAttribute('height'))).toBeGreaterThanOrEqual(630 * 0.45 * 0.99);
    const drawn = textOf(doc);
    expect(drawn).toContain('4 notes apply: see the link below.');
    expect(drawn).toContain('Source: CEPII BACI');
    expect(drawn).toContain('https://example.org/#/explorer?v=1');
  });

  it('a card in Russian or Chinese points to its notes in that language (Russian plural forms)', async () => {
    const legend = Array.from({ length: 10 }, (_, i) => ({
      label: `${i} ${LONG_NAME} ${LONG_NAME}`,
      colour: '#000',
    }));
    const notes = Array.from({ length: 4 }, () => ({ text: `${LONG_NAME}. `.repeat(6) }));
    try {
      await activateLocale('ru');
      const ru = textOf(parse(composeFigureSvg(input({ legend, notes, size: 'social' })).svg));
      expect(ru).toContain('К графику относятся 4 примечания: см. ссылку ниже.');
      await activateLocale('zh');
      const zh = textOf(
        parse(composeFigureSvg(input({ legend, notes: notes.slice(0, 1), size: 'social' })).svg),
      );
      expect(zh).toContain('有一条注释适用：见下方链接。');
    } finally {
      await activateLocale('en');
    }
  });

  it('in Chinese and Russian, the title of a note and the key of grouped events are written in that language', async () => {
    const notes = [{ title: '统计口径变化', text: '2022年起仅依据中方申报。' }];
    try {
      await activateLocale('zh');
      const zh = textOf(parse(composeFigureSvg(input({ notes })).svg));
      // A Chinese full stop after the title, not an English one.
      expect(zh).toContain('统计口径变化。2022年起仅依据中方申报。');
      expect(otherEventsPointer(14)).not.toMatch(/[A-Za-z]{3,}/);
      expect(otherEventsPointer(14)).toContain('14');
      expect(otherEventsKey(['2022年2月24日，俄罗斯入侵乌克兰'])).not.toMatch(/[A-Za-z]{3,}/);
      await activateLocale('ru');
      expect(otherEventsPointer(14)).not.toMatch(/[A-Za-z]{3,}/);
      expect(otherEventsKey(['24 февраля 2022 г., вторжение'])).toContain('24 февраля 2022 г., вторжение');
    } finally {
      await activateLocale('en');
    }
    // English as before.
    expect(otherEventsPointer(14)).toBe(
      'The 14 other events are listed, with their sources, at the link below.',
    );
    expect(otherEventsKey(['a', 'b'])).toBe('Other events (+2 on the chart): a; b.');
  });

  it('a Chinese card joins its notes’ sentences without a space, as Chinese writes them; Russian keeps the space', async () => {
    const notes = [
      { title: '统计口径变化', text: '2022年起仅依据中方申报。' },
      { title: 'HS版本变化', text: '2022年起采用HS 2022。' },
    ];
    const legend = Array.from({ length: 10 }, (_, i) => ({ label: `${i} ${LONG_NAME}`, colour: '#000' }));
    try {
      await activateLocale('zh');
      const titled = textOf(parse(composeFigureSvg(input({ notes, size: 'social' })).svg));
      expect(titled).toContain('注释：统计口径变化。HS版本变化。');
      // A card short of room: the pointer to the notes, then the words on the series, one sentence after another.
      const crowded = composeFigureSvg(
        input({ notes: Array.from({ length: 4 }, () => notes[0]!), legend, size: 'social' }),
      );
      const pointer = [...parse(crowded.svg).querySelectorAll('text')]
        .map((t) => t.textContent ?? '')
        .find((t) => t.includes('条注释适用'));
      expect(pointer).toBe('有 4 条注释适用：见下方链接。各系列名称已标在图上。');
      await activateLocale('ru');
      const ru = textOf(parse(composeFigureSvg(input({ notes, size: 'social' })).svg));
      expect(ru).toContain('Примечания: 统计口径变化. HS版本变化.');
    } finally {
      await activateLocale('en');
    }
  });

  it('a card with room says its notes and legend in full', () => {
    const doc = parse(composeFigureSvg(input({ size: 'social' })).svg);
    expect(doc.querySelector('[data-legend]')).not.toBeNull();
    expect(textOf(doc)).toContain('Notes: Some series have no data in 2019.');
  });
});
