// A chart image that stands on its own (as OWID and Datawrapper export them): title, subtitle, the full legend
// (names wrapped, never cut), the plot with its breaks and event markers, the notes that apply, the source line
// and the project's name and link. Three sizes: the chart as shown, a 1200x630 social card and a 1080 square.
import { activeLocale, i18n } from '../i18n/i18n';
import { SYSTEM_FONT_STACK, inlineStyledCopy } from './svg-styles';
import { drawTextBlock, estimateTextWidth, wrapLines, type MeasureText, type TextStyle } from './svg-text';
import { LIGHT_THEME, type ImageTheme } from './image';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

export const FIGURE_SIZES = {
  shown: null,
  social: { width: 1200, height: 630 },
  square: { width: 1080, height: 1080 },
} as const;
export type FigureSize = keyof typeof FIGURE_SIZES;

/** A card keeps at least this share of its height for the plot, saying less around it if it must. */
const MIN_PLOT_SHARE = 0.45;

export interface FigureLegendItem {
  label: string;
  colour: string;
}

/** A note as the page shows it: a caveat has a short title and a text; a notice has only a text. */
export interface FigureNote {
  title?: string;
  text: string;
}

/** An event marker where the page draws it (an HTML button over the plot), in the plot's own coordinates. */
export interface FigureMarker {
  id: string;
  x: number;
  y: number;
  r: number;
  /** What the marker shows (its number, or "+5" for a group). */
  text: string;
}

export interface FigureInput {
  svg: SVGSVGElement;
  title: string;
  subtitle?: string;
  sourceLine?: string;
  legend?: readonly FigureLegendItem[];
  notes?: readonly FigureNote[];
  markers?: readonly FigureMarker[];
  /** "Events: 1 = 24 Feb 2022, Russia invades Ukraine; …", so numbered markers can be read off the image. */
  eventKey?: string;
  /** The key in a few words, for cards with no room for it: "Events 1-16 are listed at the link below." */
  shortEventKey?: string;
  /**
   * The events grouped under the chart's "+N events" marker, each as "date, label": listed under the image (or,
   * on a card with no room, pointed to), in the figure's language, when no `eventKey` is given.
   */
  groupedEvents?: readonly string[];
  project: { name: string; url: string };
  size?: FigureSize;
  theme?: ImageTheme;
  measureText?: MeasureText;
}

export interface ComposedFigure {
  svg: string;
  width: number;
  height: number;
}

interface Cursor {
  doc: Document;
  body: SVGElement[];
  y: number;
  x: number;
  width: number;
  measure: MeasureText;
}

function svgElement(doc: Document, name: string, attributes: Record<string, string | number>): SVGElement {
  const element = doc.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

function addText(cursor: Cursor, text: string | undefined, style: TextStyle, gap: number): void {
  if (!text) return;
  const box = { x: cursor.x, y: cursor.y, width: cursor.width };
  const block = drawTextBlock(cursor.doc, text, box, style, cursor.measure);
  cursor.body.push(block.element);
  cursor.y += block.height + gap;
}

/** Legend entries flow left to right and wrap; a name longer than a line wraps inside its own entry. */
function addLegend(
  cursor: Cursor,
  items: readonly FigureLegendItem[],
  fontSize: number,
  colour: string,
  gap: number,
) {
  if (items.length === 0) return;
  const swatch = fontSize * 0.8;
  const lineHeight = fontSize * 1.3;
  const itemGap = fontSize * 1.2;
  const textWidth = cursor.width - swatch - fontSize * 0.4;
  let x = 0;
  let rowTop = cursor.y;
  let rowHeight = 0;
  const group = svgElement(cursor.doc, 'g', { 'data-legend': '' });
  for (const item of items) {
    const lines = wrapLines(item.label, (line) => cursor.measure(line, fontSize, false) <= textWidth);
    const width =
      swatch + fontSize * 0.4 + Math.max(...lines.map((line) => cursor.measure(line, fontSize, false)));
    if (x > 0 && x + width > cursor.width) {
      rowTop += rowHeight + fontSize * 0.3;
      x = 0;
      rowHeight = 0;
    }
    const left = cursor.x + x;
    const entry = svgElement(cursor.doc, 'g', { 'data-legend-label': item.label });
    entry.append(
      svgElement(cursor.doc, 'rect', {
        x: left,
        y: rowTop + (lineHeight - swatch) / 2,
        width: swatch,
        height: swatch,
        rx: 2,
        fill: item.colour,
      }),
    );
    const block = drawTextBlock(
      cursor.doc,
      lines.join(' '),
      { x: left + swatch + fontSize * 0.4, y: rowTop + (lineHeight - fontSize) / 2, width: textWidth },
      { fontSize, colour },
      cursor.measure,
    );
    entry.append(block.element);
    group.append(entry);
    rowHeight = Math.max(rowHeight, block.height + (lineHeight - fontSize));
    x += width + itemGap;
  }
  cursor.body.push(group);
  cursor.y = rowTop + rowHeight + gap;
}

/** The page's markers drawn into the chart copy, so every leader line keeps the mark it leads to. */
function drawMarkers(chart: SVGSVGElement, markers: readonly FigureMarker[], theme: ImageTheme): void {
  const doc = chart.ownerDocument;
  for (const marker of markers) {
    const group = svgElement(doc, 'g', { 'data-event-marker': marker.id });
    group.append(
      svgElement(doc, 'circle', {
        cx: marker.x,
        cy: marker.y,
        r: marker.r,
        fill: theme.background,
        stroke: theme.text,
        'stroke-width': 1,
      }),
    );
    const label = svgElement(doc, 'text', {
      x: marker.x,
      y: marker.y,
      dy: '0.35em',
      'text-anchor': 'middle',
      'font-size': Math.max(8, marker.r * 1.05),
      fill: theme.text,
    });
    label.textContent = marker.text;
    group.append(label);
    chart.append(group);
  }
}

function chartCopy(input: FigureInput, theme: ImageTheme): { chart: SVGSVGElement; w: number; h: number } {
  const chart = inlineStyledCopy(input.svg);
  const viewBox = (input.svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const w = viewBox[2] || Number(input.svg.getAttribute('width')) || 640;
  const h = viewBox[3] || Number(input.svg.getAttribute('height')) || 400;
  for (const name of ['role', 'aria-label', 'aria-labelledby', 'aria-describedby', 'tabindex']) {
    chart.removeAttribute(name);
  }
  chart.setAttribute('viewBox', `0 0 ${w} ${h}`);
  chart.setAttribute('overflow', 'visible');
  drawMarkers(chart, input.markers ?? [], theme);
  return { chart, w, h };
}

/** Sentences one after another: Chinese writes them without a space after "。" (English and Russian with one). */
export function joinSentences(sentences: readonly string[]): string {
  return sentences.filter(Boolean).join(activeLocale() === 'zh' ? '' : ' ');
}

/** A card's pointer to the notes it has no room for ('' when there are none). */
function notesPointer(count: number): string {
  if (count === 0) return '';
  if (count === 1)
    return i18n._({ id: 'figure.note-applies', message: 'A note applies: see the link below.' });
  return i18n._({ id: 'figure.notes-apply', message: '{count} notes apply: see the link below.' }, { count });
}

function noteText(note: FigureNote, short: boolean): string {
  if (!note.title) return note.text;
  const title = i18n._({ id: 'figure.note-title', message: '{title}.' }, { title: note.title });
  return short
    ? title
    : i18n._({ id: 'figure.note-full', message: '{title} {text}' }, { title, text: note.text });
}

/**
 * The events grouped under the chart's "+N events" marker, listed under the image (`listed`: each one's date and
 * label), so every event on the chart can be read off it.
 */
export function otherEventsKey(listed: readonly string[]): string {
  return i18n._(
    { id: 'figure.other-events', message: 'Other events (+{count} on the chart): {list}.' },
    { count: listed.length, list: listed.join('; ') },
  );
}

/** A card's pointer to the grouped events it has no room for. */
export function otherEventsPointer(count: number): string {
  return i18n._(
    {
      id: 'figure.other-events-link',
      message: 'The {count} other events are listed, with their sources, at the link below.',
    },
    { count },
  );
}

/** The figure as a standalone SVG document. Fixed sizes scale the plot to the room the texts leave. */
export function composeFigureSvg(input: FigureInput): ComposedFigure {
  const doc = input.svg.ownerDocument;
  const theme = input.theme ?? LIGHT_THEME;
  const fixed = FIGURE_SIZES[input.size ?? 'shown'];
  const { chart, w, h } = chartCopy(input, theme);
  // Cards are seen small (a feed, a slide): their texts are larger than the page's.
  const scale = fixed ? 1.4 : 1;
  const pad = 16 * scale;
  const gap = 8 * scale;
  const width = fixed ? fixed.width : Math.ceil(w + 2 * pad);
  const cursor: Cursor = {
    doc,
    body: [],
    y: pad,
    x: pad,
    width: width - 2 * pad,
    measure: input.measureText ?? estimateTextWidth,
  };
  const text = (fontSize: number, colour = theme.muted): TextStyle => ({
    fontSize: fontSize * scale,
    colour,
  });
  // A card that cannot fit its texts and a readable plot says less: first the notes become a pointer to the
  // link, then the legend goes (every chart type also names its series on the plot: end labels, bar labels,
  // panel titles). The page the link leads to has them all.
  const grouped = input.groupedEvents ?? [];
  const eventKey = input.eventKey ?? (grouped.length > 0 ? otherEventsKey(grouped) : undefined);
  const shortEventKey =
    input.shortEventKey ?? (grouped.length > 0 ? otherEventsPointer(grouped.length) : undefined);
  const layout = (brevity: 0 | 1 | 2) => {
    const head: Cursor = { ...cursor, body: [] };
    addText(head, input.title, { ...text(18, theme.text), bold: true, leading: 1.25 }, gap / 2);
    addText(head, input.subtitle, text(14), gap);
    if (brevity < 2) addLegend(head, input.legend ?? [], 12 * scale, theme.text, gap);
    // The texts under the plot are laid out first (from 0) to know how much room the plot has.
    const below: Cursor = { ...cursor, body: [], y: 0 };
    const notes = input.notes ?? [];
    if (fixed && brevity > 0) {
      const legend =
        brevity === 2 && (input.legend ?? []).length > 0
          ? i18n._({ id: 'figure.series-named', message: 'The series are named on the chart.' })
          : '';
      addText(below, joinSentences([notesPointer(notes.length), legend]), text(11), gap / 2);
      addText(below, shortEventKey ?? eventKey, text(11), gap / 2);
    } else if (fixed) {
      // A card has room for the notes' titles only, in one paragraph; the link leads to their full texts.
      const titles = notes.map((note) => noteText(note, true));
      if (titles.length > 0) {
        const line = i18n._(
          { id: 'figure.notes', message: 'Notes: {titles}' },
          { titles: joinSentences(titles) },
        );
        addText(below, line, text(11), gap / 2);
      }
      addText(below, shortEventKey ?? eventKey, text(11), gap / 2);
    } else {
      for (const note of notes) addText(below, noteText(note, false), text(11), gap / 2);
      addText(below, eventKey, text(11), gap / 2);
    }
    addText(below, input.sourceLine, text(11), gap / 2);
    addText(
      below,
      `${input.project.name} · ${input.project.url}`,
      { ...text(11, theme.text), bold: true },
      0,
    );
    return { head, below, room: fixed ? Math.max(0, fixed.height - pad - below.y - head.y - gap) : h };
  };
  let laid = layout(0);
  for (const brevity of [1, 2] as const) {
    if (!fixed || laid.room >= fixed.height * MIN_PLOT_SHARE) break;
    laid = layout(brevity);
  }
  const { head, below, room } = laid;
  cursor.body.push(...head.body);
  const chartTop = head.y;

  const fit = fixed ? Math.min(cursor.width / w, room / h) : 1;
  const [chartWidth, chartHeight] = [w * fit, h * fit];
  chart.setAttribute('x', String(pad + (cursor.width - chartWidth) / 2));
  chart.setAttribute('y', String(chartTop + (fixed ? (room - chartHeight) / 2 : 0)));
  chart.setAttribute('width', String(chartWidth));
  chart.setAttribute('height', String(chartHeight));
  const belowTop = fixed ? fixed.height - pad - below.y : chartTop + chartHeight + gap;
  const height = fixed ? fixed.height : Math.ceil(belowTop + below.y + pad);

  const root = svgElement(doc, 'svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img' });
  root.setAttribute('font-family', SYSTEM_FONT_STACK);
  const title = svgElement(doc, 'title', {});
  title.textContent = input.title;
  const desc = svgElement(doc, 'desc', {});
  desc.textContent = [input.subtitle, input.sourceLine].filter(Boolean).join(' ');
  const notes = svgElement(doc, 'g', { transform: `translate(0,${belowTop})` });
  notes.append(...below.body);
  const background = svgElement(doc, 'rect', { width, height, fill: theme.background });
  root.append(title, desc, background, ...cursor.body, chart, notes);
  // The document's own serialiser: the build composes cards in a DOM of its own (scripts/prerender/cards.ts).
  const Serializer = doc.defaultView?.XMLSerializer ?? XMLSerializer;
  const serialised = new Serializer().serializeToString(root);
  return { svg: `${XML_DECLARATION}\n${serialised}\n`, width, height };
}
