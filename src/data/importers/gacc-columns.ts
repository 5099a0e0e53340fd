// China Customs query exports: the columns of the English and the Chinese interface, the value column's currency
// (US dollars or yuan, read from its header) and quantity units. See data-sources/gacc-export-sample/PROVENANCE.md.
import type { Currency } from '../schema';
import { detach, normalizeKey } from './text';

export const GACC_ALIASES = {
  period: ['数据年月', 'Date of data', 'Data year and month', 'Year and month', 'Period', 'Month'],
  code: ['Commodity code', '商品编码', 'HS code'],
  partnerCode: ['Trading partner code', '贸易伙伴编码'],
  partnerName: ['Trading partner', '贸易伙伴名称'],
  quantity1: ['Quantity', '第一数量', 'First quantity'],
  unit1: ['Unit', '第一计量单位', 'First unit'],
  quantity2: ['Supplementary Quantity', '第二数量', 'Second quantity'],
  unit2: ['Supplementary Unit', '第二计量单位', 'Second unit'],
} as const;

export type GaccField = keyof typeof GACC_ALIASES;

export interface ValueColumn {
  index: number;
  header: string;
  /** null: the header names no currency ("Value", "金额"); the reader must say. */
  currency: Currency | null;
  /** Multiplier to whole currency units: 1000 for "千美元". */
  scale: number;
}

const GENERIC_VALUE = new Set(
  ['value', 'trade value', '金额', '进出口额', '出口额', '进口额'].map(normalizeKey),
);

function currencyOf(key: string): Currency | null | undefined {
  if (key.includes('美元') || /\bus ?dollars?\b|\busd\b|us\$/.test(key)) return 'USD';
  if (
    key.includes('人民币') ||
    /\brmb\b|renminbi|\bcny\b|\byuan\b/.test(key) ||
    /^(千|万|亿)?元$/.test(key)
  ) {
    return 'CNY';
  }
  return GENERIC_VALUE.has(key) ? null : undefined;
}

function scaleOf(key: string): number {
  if (key.includes('亿') || key.includes('hundred million')) return 1e8;
  if (key.includes('万') || key.includes('ten thousand')) return 1e4;
  if (key.includes('千') || key.includes('thousand')) return 1e3;
  if (key.includes('million')) return 1e6;
  return 1;
}

/** Every column that holds a value, US dollars first: a file may carry both dollars and yuan. */
export function findValueColumns(header: readonly string[]): ValueColumn[] {
  const found: ValueColumn[] = [];
  header.forEach((text, index) => {
    const key = normalizeKey(text)
      .replace(/[()[\]（）]/g, ' ')
      .trim();
    const currency = currencyOf(key);
    if (currency !== undefined) found.push({ index, header: text, currency, scale: scaleOf(key) });
  });
  const rank = (c: ValueColumn) => (c.currency === 'USD' ? 0 : c.currency === 'CNY' ? 1 : 2);
  return found.sort((a, b) => rank(a) - rank(b));
}

const KILOGRAMS = new Set(['kilogram', 'kilograms', 'kg', '千克', '公斤']);
const TONNES = new Set(['tonne', 'tonnes', 'metric ton', 'metric tons', 't', '吨']);

/** A file names a few units on every line: each is normalised once (bounded, so odd files cannot grow it). */
const UNIT_MEMO_LIMIT = 256;
const unitMemo = new Map<string, number | null>();

/** Tonnes per one unit of the column's unit, or null when it is not a weight (items, pairs, litres...). */
export function tonnesPerUnit(unit: string): number | null {
  const known = unitMemo.get(unit);
  if (known !== undefined) return known;
  const key = normalizeKey(unit);
  const factor = KILOGRAMS.has(key) ? 0.001 : TONNES.has(key) ? 1 : null;
  if (unitMemo.size < UNIT_MEMO_LIMIT) unitMemo.set(detach(unit), factor);
  return factor;
}
