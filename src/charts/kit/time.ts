// The x axis is continuous time in fractional years: an annual value sits at mid-year, so an event dated
// 24 Feb 2022 falls between the 2021 and 2022 points where it belongs.

function yearFraction(year: number, month: number, day: number): number {
  const start = Date.UTC(year, 0, 1);
  const length = Date.UTC(year + 1, 0, 1) - start;
  return year + (Date.UTC(year, month - 1, day) - start) / length;
}

/** Where a period's value is drawn: the middle of the year ("2017" -> 2017.5) or month. */
export function periodMidpoint(period: string): number {
  const [year, month] = period.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) throw new Error(`periodMidpoint: bad period "${period}"`);
  return month === undefined ? year + 0.5 : year + (month - 0.5) / 12;
}

/** Where a period begins ("2022" -> 2022, "2022-03" -> 2022 + 2/12). */
export function periodStart(period: string): number {
  const [year, month] = period.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) throw new Error(`periodStart: bad period "${period}"`);
  return month === undefined ? year : year + (month - 1) / 12;
}

/** "2022-02-24" -> 2022.146... */
export function dateToYear(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined)
    throw new Error(`dateToYear: bad date "${date}"`);
  return yearFraction(year, month, day);
}
