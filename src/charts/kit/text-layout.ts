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

/** Greedy word wrap to a pixel width; a single long word gets its own line. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
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
