// Periods as trade files write them -> the tidy "YYYY" / "YYYY-MM".
import type { Frequency } from '../schema';
import { detach } from './text';

export interface PeriodValue {
  period: string;
  freq: Frequency;
}

function month(year: string, mm: string): PeriodValue | null {
  const m = Number(mm);
  return m >= 1 && m <= 12 ? { period: `${year}-${mm}`, freq: 'M' } : null;
}

/** A file names a handful of periods a million times: each is read once (a bounded cache, values frozen). */
const MEMO_LIMIT = 512;
const memo = new Map<string, Readonly<PeriodValue> | null>();

/** "2023", "2023-04", "202304", "2023/04", "20230401" (Comtrade refPeriodId), "2023年04月". Anything else -> null. */
export function parsePeriod(raw: string): Readonly<PeriodValue> | null {
  const known = memo.get(raw);
  if (known !== undefined) return known;
  const value = readPeriod(raw);
  if (memo.size < MEMO_LIMIT) memo.set(detach(raw), value && Object.freeze(value));
  return value;
}

function readPeriod(raw: string): PeriodValue | null {
  const text = raw.normalize('NFKC').trim();
  const year = /^(\d{4})(?:\.0)?$/.exec(text);
  if (year?.[1]) return { period: year[1], freq: 'A' };
  const ym = /^(\d{4})(?:[-/.年]?)(\d{2})(?:月)?$/.exec(text) ?? /^(\d{4})[-/.年](\d{1,2})月?$/.exec(text);
  if (ym?.[1] && ym[2]) return month(ym[1], ym[2].padStart(2, '0'));
  const ymd = /^(\d{4})-?(\d{2})-?01$/.exec(text);
  if (ymd?.[1] && ymd[2]) return month(ymd[1], ymd[2]);
  return null;
}
