// Text measurement without a DOM: a width estimate per character is enough to place labels, and keeps
// layout a pure function that runs in tests and in Node.

/** Chinese characters and full-width punctuation: a little over an em each (bold labels included), nearly twice a
 * Latin letter's width. */
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g;

/** Cyrillic letters run a little wider than the Latin average the estimate was made for. */
const CYRILLIC = /[\u0400-\u04ff]/g;

export function estimateTextWidth(text: string, fontSize: number): number {
  const wide = text.match(WIDE)?.length ?? 0;
  const cyrillic = text.match(CYRILLIC)?.length ?? 0;
  // Latin text keeps the estimate every English label was laid out with.
  if (wide === 0 && cyrillic === 0) return text.length * fontSize * 0.58;
  return (
    (text.length - wide - cyrillic) * fontSize * 0.58 + cyrillic * fontSize * 0.7 + wide * fontSize * 1.1
  );
}

/**
 * A text's length in Latin letters' widths, for limits written in characters: a Chinese character counts as the
 * nearly two letters it is wide (as above); every other character as one, so Latin and Cyrillic limits are as
 * they were.
 */
export function letterWidths(text: string): number {
  return text.length + (text.match(WIDE)?.length ?? 0) * (1.1 / 0.58 - 1);
}

/**
 * A piece of a word a line may not break inside. Chinese has no spaces between words, so a line breaks beside any
 * Chinese character (WIDE, above) but by the Chinese line-breaking rules: opening marks stay with what follows (no line
 * ends with one), closing marks with what precedes (no line starts with one), and a number keeps the Chinese unit
 * after it ("22.2亿"). Without Chinese characters the whole word is one piece, so lines break at spaces only.
 */
const C = WIDE.source.slice(1, -1);
const PIECE = new RegExp(`[（「『《“]*(?:[^${C}]*\\d[${C}]|[^${C}]+|.)[。，、；：？！）」』》”…]*`, 'gu');

/** The pieces a line may break between, each with whether a space precedes it. */
const pieces = (text: string): [string, boolean][] =>
  (text.match(/\S+/g) ?? []).flatMap((word) =>
    word.match(PIECE)!.map((piece, i): [string, boolean] => [piece, i === 0]),
  );

/**
 * Greedy wrap of `text` into lines that `fits`; a piece wider than a line is split by `tooLong` (by default it gets
 * a line of its own).
 */
export function wrapPieces(
  text: string,
  fits: (line: string) => boolean,
  tooLong: (piece: string) => string[] = (piece) => [piece],
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const [piece, spaced] of pieces(text)) {
    const candidate = line ? line + (spaced ? ' ' : '') + piece : piece;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    const split = fits(piece) ? [piece] : tooLong(piece);
    line = split.pop() ?? '';
    lines.push(...split);
  }
  if (line) lines.push(line);
  return lines;
}

/** Greedy word wrap to a pixel width; a single long word gets its own line. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  return wrapPieces(text, (line) => estimateTextWidth(line, fontSize) <= maxWidth);
}

/**
 * Moves label positions apart so that no two are closer than `gap`, staying inside [min, max], and keeping
 * each as near its wanted position as the others allow. Order is preserved.
 */
export function dodge(wanted: readonly number[], gap: number, min: number, max: number): number[] {
  const order = wanted.map((y, index) => ({ y, index })).sort((a, b) => a.y - b.y);
  const placed = order.map(({ y }) => Math.min(Math.max(y, min), max));
  for (let i = 1; i < placed.length; i++) placed[i] = Math.max(placed[i]!, placed[i - 1]! + gap);
  for (let i = placed.length - 1; i >= 0; i--) {
    const limit = i === placed.length - 1 ? max : placed[i + 1]! - gap;
    placed[i] = Math.min(placed[i]!, limit);
  }
  for (let i = 0; i < placed.length; i++)
    placed[i] = Math.max(placed[i]!, i === 0 ? min : placed[i - 1]! + gap);
  const result = new Array<number>(wanted.length);
  order.forEach(({ index }, rank) => (result[index] = placed[rank]!));
  return result;
}
