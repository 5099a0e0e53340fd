import { activeIntlLocale } from '../i18n/i18n';

/**
 * "2019" stays; "2019-03" -> "Mar 2019" (read aloud by screen readers as a month, not a subtraction), written by
 * Intl in the active language ("2019年3月", "мар. 2019 г."). UTC both ways, so no time zone moves the month.
 */
export function formatPeriod(period: string): string {
  const [year, month] = period.split('-');
  const monthIndex = Number(month) - 1;
  if (month === undefined) return period;
  if (!Number.isInteger(monthIndex) || monthIndex < 0 || monthIndex > 11) return `${month} ${year}`;
  const date = new Date(Date.UTC(Number(year), monthIndex, 1));
  return new Intl.DateTimeFormat(activeIntlLocale(), {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
