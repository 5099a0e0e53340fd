// Calendar months as "YYYY-MM" (our schema) and "YYYYMM" (Comtrade's period parameter).
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const API_PERIOD = /^(\d{4})(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

function monthIndex(month: string): number {
  const match = MONTH.exec(month);
  if (!match) throw new RangeError(`expected a month as YYYY-MM, got "${month}"`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

function monthFromIndex(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included; empty when `to` is before `from`. */
export function monthRange(from: string, to: string): string[] {
  const months: string[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i++) months.push(monthFromIndex(i));
  return months;
}

export function toApiPeriod(month: string): string {
  monthIndex(month);
  return month.replace('-', '');
}

export function fromApiPeriod(period: string): string {
  const match = API_PERIOD.exec(period);
  if (!match) throw new RangeError(`expected a Comtrade month as YYYYMM, got "${period}"`);
  return `${match[1]}-${match[2]}`;
}

/** The month before the one `nowMs` falls in (UTC): the latest month Comtrade could possibly hold. */
export function previousMonth(nowMs: number): string {
  const now = new Date(nowMs);
  return monthFromIndex(now.getUTCFullYear() * 12 + now.getUTCMonth() - 1);
}
