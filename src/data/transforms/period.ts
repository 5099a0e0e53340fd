// Period arithmetic on the ISO strings of the data contract: annual "YYYY", monthly "YYYY-MM".
const MONTHLY = /^(\d{4})-(\d{2})$/;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** The same period one year earlier: "2023" -> "2022", "2023-04" -> "2022-04". */
export function sameMonthYearBefore(period: string): string {
  const monthly = MONTHLY.exec(period);
  if (monthly) return `${pad(Number(monthly[1]) - 1, 4)}-${monthly[2]}`;
  return pad(Number(period) - 1, 4);
}

/** The monthly period `n` months before `period` ("2023-02", 3 -> "2022-11"). */
export function monthsBefore(period: string, n: number): string {
  const monthly = MONTHLY.exec(period);
  if (!monthly) throw new RangeError(`not a monthly period: ${period}`);
  const index = Number(monthly[1]) * 12 + Number(monthly[2]) - 1 - n;
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1, 2)}`;
}
