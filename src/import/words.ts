// Words for what the importer found: format and encoding names, the periods a file covers, how many rows it
// left out. Pure, so the page's sentences are tested without a DOM.
import type { ImportResult } from '../data/importers/types';

export { ENCODING_NAMES, FORMAT_NAMES } from '../query/user/names';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2023" or "Mar 2023". */
export function periodName(period: string): string {
  if (period.length !== 7) return period;
  return `${MONTHS[Number(period.slice(5)) - 1] ?? period.slice(5)} ${period.slice(0, 4)}`;
}

/** "2023", "Jan 2023 to Dec 2023 (12 months)", "2022 to 2023 (2 years) and Jan 2024 to Mar 2024 (3 months)". */
export function periodsText(periods: readonly string[]): string {
  const years = periods.filter((p) => p.length === 4);
  const months = periods.filter((p) => p.length === 7);
  const span = (list: readonly string[], unit: string) => {
    const first = list[0] ?? '';
    const last = list.at(-1) ?? '';
    if (list.length === 1) return periodName(first);
    return `${periodName(first)} to ${periodName(last)} (${list.length} ${unit})`;
  };
  const parts = [
    years.length > 0 ? span(years, 'years') : null,
    months.length > 0 ? span(months, 'months') : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(' and ') : 'none';
}

/**
 * How many rows the file left out. The importer lists only its first few hundred refusals and says how many
 * there were in a warning ("1200 rows were refused; the first 500 are listed."); without that, all are listed.
 */
export function refusedCount(result: Pick<ImportResult, 'rejected' | 'warnings'>): number {
  for (const warning of result.warnings) {
    const match = /^(\d+) rows were refused; the first \d+ are listed/.exec(warning);
    if (match) return Number(match[1]);
  }
  return result.rejected.length;
}

const NEED_WORDS = {
  period: 'its period',
  flow: 'whether it lists exports or imports',
  currency: 'its currency',
};

/** "This file does not say its period or whether it lists exports or imports." */
export function needsSentence(needs: readonly (keyof typeof NEED_WORDS)[]): string {
  const words = needs.map((need) => NEED_WORDS[need]);
  const list = words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : (words[0] ?? '');
  return `This file does not say ${list}: please tell us, and it is read again with your answer.`;
}

/** A period the reader typed: "2023" or "2023-04" (months 01-12), or why not. */
export function checkPeriod(text: string): { ok: true; period: string } | { ok: false; message: string } {
  const value = text.trim();
  if (/^\d{4}$/.test(value) || /^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return { ok: true, period: value };
  return { ok: false, message: 'Type a year as YYYY (2023) or a month as YYYY-MM (2023-04).' };
}

/** What the table of rows left out shows of them, and what its download holds. */
export function rejectedNote(total: number, listed: number, shown: number): string {
  const lead = 'The rest of the file was imported without them.';
  if (total <= shown) return lead;
  const download =
    total > listed
      ? `the download lists the first ${listed.toLocaleString('en-US')} (the importer keeps no more)`
      : `the download lists all ${listed.toLocaleString('en-US')}`;
  return `${lead} The first ${shown.toLocaleString('en-US')} are shown here; ${download}.`;
}
