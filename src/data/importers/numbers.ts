// Numbers as customs files write them: "19,121,826" (China Customs), "3159813913.0" (Comtrade), "1.5e9".
const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
/** Cells that NFKC, trimming and dropping spaces leave unchanged: the fast path skips those three steps. */
const ASCII_NUMBERISH = /^[+-]?[\d.,eE+-]+$/;
const COMMAS = /,/g;

export type NumberCell = { ok: true; value: number | null } | { ok: false; message: string };

const MISSING: NumberCell = { ok: true, value: null };
const NOT_A_NUMBER: NumberCell = { ok: false, message: 'not a number' };
const OUT_OF_RANGE: NumberCell = { ok: false, message: 'number out of range' };

/** Digits with at most one ".", and at least one digit: PLAIN matches, GROUPED cannot, Number() reads it. */
function isPlainDecimal(text: string): boolean {
  let digits = 0;
  let dot = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits += 1;
    else if (code === 46 && !dot) dot = true;
    else return false;
  }
  return digits > 0;
}

/**
 * "19,121,826": thousands groups of exactly three digits and no fraction, read digit by digit (exact: at most
 * 15 digits). undefined for anything else, which the patterns below judge.
 */
function groupedInteger(text: string): number | undefined {
  const length = text.length;
  if (length > 19) return undefined;
  let value = 0;
  let sinceComma = -1;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 44) {
      if (sinceComma === -1 ? i === 0 || i > 3 : sinceComma !== 3) return undefined;
      sinceComma = 0;
    } else if (code >= 48 && code <= 57) {
      value = value * 10 + code - 48;
      if (sinceComma >= 0) sinceComma += 1;
    } else return undefined;
  }
  return sinceComma === 3 ? value : undefined;
}

function finite(plain: string): NumberCell {
  const value = Number(plain);
  return Number.isFinite(value) ? { ok: true, value } : OUT_OF_RANGE;
}

function readNumber(text: string): NumberCell {
  const plain = GROUPED.test(text) ? text.replace(COMMAS, '') : text;
  return PLAIN.test(plain) ? finite(plain) : NOT_A_NUMBER;
}

/** Empty -> null (missing, never zero); thousands separators allowed only in their exact 3-digit groups. */
export function parseNumberCell(raw: string): NumberCell {
  // "12345", "3159813913.0" and "19,121,826", most cells of most files: no normalising, no patterns.
  if (isPlainDecimal(raw)) return finite(raw);
  const grouped = groupedInteger(raw);
  if (grouped !== undefined) return { ok: true, value: grouped };
  const text = ASCII_NUMBERISH.test(raw)
    ? raw
    : raw
        .normalize('NFKC')
        .trim()
        .replace(/[\s\u00a0]/g, '');
  if (text === '' || text === '-') return MISSING;
  return readNumber(text);
}
