// Chart images: a standalone SVG (the chart with its title, subtitle, notes and source line drawn in, every
// style written in as attributes, system fonts only, nothing fetched from any host) and a PNG rendered from it at 2x.
import { SYSTEM_FONT_STACK, inlineStyledCopy } from './svg-styles';
import { drawTextBlock, type MeasureText } from './svg-text';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const PADDING = 16;
const GAP = 8;
const DEFAULT_SIZE = { width: 640, height: 400 };

export interface ImageTheme {
  background: string;
  text: string;
  muted: string;
}

export const LIGHT_THEME: ImageTheme = { background: '#ffffff', text: '#1a1a1a', muted: '#555555' };

export interface StandaloneSvgInput {
  svg: SVGSVGElement;
  title: string;
  subtitle?: string;
  /** "Source: CEPII BACI (HS 2017, V202501) …" */
  sourceLine?: string;
  notes?: readonly string[];
  theme?: ImageTheme;
  /** Chart size in px, when the element's own attributes do not say (or should not be used). */
  width?: number;
  height?: number;
  measureText?: MeasureText;
}

export interface StandaloneSvg {
  svg: string;
  width: number;
  height: number;
}

function numberAttribute(svg: SVGSVGElement, name: string): number | null {
  // "100%" or "40em" say nothing about pixels.
  const match = /^\s*(\d+(?:\.\d+)?)(px)?\s*$/.exec(svg.getAttribute(name) ?? '');
  const value = match ? Number(match[1]) : 0;
  return value > 0 ? value : null;
}

/** The chart's size: asked for, else its width/height attributes, its viewBox, its box on the page. */
function chartSize(input: StandaloneSvgInput): { width: number; height: number } {
  const viewBox = (input.svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const box = input.svg.getBoundingClientRect();
  const pick = (asked: number | undefined, name: 'width' | 'height', fromViewBox: number | undefined) =>
    asked ??
    numberAttribute(input.svg, name) ??
    (fromViewBox !== undefined && fromViewBox > 0 ? fromViewBox : null) ??
    (box[name] > 0 ? box[name] : DEFAULT_SIZE[name]);
  return { width: pick(input.width, 'width', viewBox[2]), height: pick(input.height, 'height', viewBox[3]) };
}

function svgElement(doc: Document, name: string, attributes: Record<string, string | number>): SVGElement {
  const element = doc.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/** The chart copy as a nested <svg> at (x, y), keeping its own viewBox so it scales as on the page. */
function placedChart(
  input: StandaloneSvgInput,
  y: number,
  size: { width: number; height: number },
): SVGSVGElement {
  const chart = inlineStyledCopy(input.svg);
  for (const name of [
    'x',
    'y',
    'width',
    'height',
    'role',
    'aria-labelledby',
    'aria-describedby',
    'tabindex',
  ]) {
    chart.removeAttribute(name);
  }
  chart.setAttribute('x', String(PADDING));
  chart.setAttribute('y', String(y));
  chart.setAttribute('width', String(size.width));
  chart.setAttribute('height', String(size.height));
  chart.setAttribute('overflow', 'visible');
  return chart;
}

/** The exported chart as a standalone SVG document (with an XML declaration), and its size in px. */
export function buildStandaloneSvg(input: StandaloneSvgInput): StandaloneSvg {
  const doc = input.svg.ownerDocument;
  const theme = input.theme ?? LIGHT_THEME;
  const size = chartSize(input);
  const width = Math.ceil(size.width + 2 * PADDING);
  const box = (y: number) => ({ x: PADDING, y, width: width - 2 * PADDING });
  const body: SVGElement[] = [];
  let y = PADDING;
  const addText = (text: string | undefined, style: Parameters<typeof drawTextBlock>[3]) => {
    if (!text) return;
    const block = drawTextBlock(doc, text, box(y), style, input.measureText);
    body.push(block.element);
    y += block.height + GAP;
  };
  addText(input.title, { fontSize: 18, bold: true, colour: theme.text, leading: 1.25 });
  addText(input.subtitle, { fontSize: 14, colour: theme.muted });
  body.push(placedChart(input, y, size));
  y += size.height + GAP;
  for (const note of input.notes ?? []) addText(note, { fontSize: 12, colour: theme.muted });
  addText(input.sourceLine, { fontSize: 12, colour: theme.muted });
  const height = Math.ceil(y - GAP + PADDING);
  const root = svgElement(doc, 'svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img' });
  // A presentation attribute, not a style attribute: the page's CSP refuses style attributes.
  root.setAttribute('font-family', SYSTEM_FONT_STACK);
  const title = svgElement(doc, 'title', {});
  title.textContent = input.title;
  const desc = svgElement(doc, 'desc', {});
  desc.textContent = [input.subtitle, ...(input.notes ?? []), input.sourceLine].filter(Boolean).join(' ');
  root.append(title, desc, svgElement(doc, 'rect', { width, height, fill: theme.background }), ...body);
  const text = new XMLSerializer().serializeToString(root);
  return { svg: `${XML_DECLARATION}\n${text}\n`, width, height };
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the chart image could not be rendered'));
    image.src = url;
  });
}

/** Renders a standalone SVG to a PNG `scale` times its size (2x: sharp on high-density screens and in print). */
export async function svgToPngBlob(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw the chart image');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Safari may still be reading the object URL just after the click; revoking later is harmless elsewhere. */
const REVOKE_DELAY_MS = 30_000;

/** Saves `blob` as `fileName` through a temporary link; the object URL is revoked afterwards. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
}
