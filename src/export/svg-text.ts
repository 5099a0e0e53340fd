// Text blocks drawn into an exported SVG (title, subtitle, notes, source line). SVG text does not wrap, so
// lines are broken here, by a width estimate unless the caller measures (e.g. with a canvas).
import { wrapPieces } from '../charts/kit/text-layout';

/** Width of `text` in px at `fontSize`; `bold` for heavier type. */
export type MeasureText = (text: string, fontSize: number, bold: boolean) => number;

/** Chinese characters and full-width punctuation: a full em each in every CJK font. */
const FULL_WIDTH = /[\u2e80-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uff60]/u;

/** Average glyph widths of common sans-serif system fonts: errs wide, so lines rarely overflow. A Chinese title
 * is about twice as wide per character as an English or Russian one. */
export const estimateTextWidth: MeasureText = (text, fontSize, bold) => {
  let ems = 0;
  for (const char of text) ems += FULL_WIDTH.test(char) ? 1 : bold ? 0.6 : 0.55;
  return ems * fontSize;
};

function splitLongWord(word: string, fits: (text: string) => boolean): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && !fits(piece + char)) {
      pieces.push(piece);
      piece = char;
    } else {
      piece += char;
    }
  }
  return piece ? [...pieces, piece] : pieces;
}

/** Greedy word wrap (Chinese between characters: ../charts/kit/text-layout.ts); a word wider than a line (a long
 * URL) is broken across lines. */
export const wrapLines = (text: string, fits: (line: string) => boolean): string[] =>
  wrapPieces(text, fits, (word) => splitLongWord(word, fits));

export interface TextStyle {
  fontSize: number;
  bold?: boolean;
  colour: string;
  /** Line height as a multiple of the font size. */
  leading?: number;
}

export interface TextBlock {
  element: SVGTextElement;
  height: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** One <text> with a <tspan> a line, its top at `y`; returns it with the height it takes. */
export function drawTextBlock(
  doc: Document,
  text: string,
  box: { x: number; y: number; width: number },
  style: TextStyle,
  measure: MeasureText = estimateTextWidth,
): TextBlock {
  const bold = style.bold ?? false;
  const lineHeight = style.fontSize * (style.leading ?? 1.3);
  const lines = wrapLines(text, (line) => measure(line, style.fontSize, bold) <= box.width);
  const element = doc.createElementNS(SVG_NS, 'text');
  // Presentation attributes: the page's CSP refuses style attributes.
  element.setAttribute('font-size', `${style.fontSize}px`);
  element.setAttribute('font-weight', bold ? '700' : '400');
  element.setAttribute('fill', style.colour);
  lines.forEach((line, i) => {
    const tspan = doc.createElementNS(SVG_NS, 'tspan');
    tspan.setAttribute('x', String(box.x));
    // The first baseline sits one font size below the top; each later line one line height lower.
    tspan.setAttribute('y', String(box.y + style.fontSize + i * lineHeight));
    tspan.textContent = line;
    element.append(tspan);
  });
  return { element, height: lines.length === 0 ? 0 : style.fontSize + (lines.length - 1) * lineHeight };
}
