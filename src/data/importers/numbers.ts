// Numbers as customs files write them: "19,121,826" (China Customs), "3159813913.0" (Comtrade), "1.5e9".
const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

export type NumberCell = { ok: true; value: number | null } | { ok: false; message: string };

/** Empty -> null (missing, never zero); thousands separators allowed only in their exact 3-digit groups. */
export function parseNumberCell(raw: string): NumberCell {
  const text = raw
    .normalize('NFKC')
    .trim()
    .replace(/[\s\u00a0]/g, '');
  if (text === '' || text === '-') return { ok: true, value: null };
  const plain = GROUPED.test(text) ? text.replace(/,/g, '') : text;
  if (!PLAIN.test(plain)) return { ok: false, message: 'not a number' };
  const value = Number(plain);
  if (!Number.isFinite(value)) return { ok: false, message: 'number out of range' };
  return { ok: true, value };
}
