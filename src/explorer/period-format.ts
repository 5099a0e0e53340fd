const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2019" stays; "2019-03" -> "Mar 2019" (read aloud by screen readers as a month, not a subtraction). */
export function formatPeriod(period: string): string {
  const [year, month] = period.split('-');
  if (month === undefined) return period;
  return `${MONTHS[Number(month) - 1] ?? month} ${year}`;
}
