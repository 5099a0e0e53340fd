// Words for what the importer found: format and encoding names, the periods a file covers, how many rows it
// left out. Pure, so the page's sentences are tested without a DOM. In the active language: one whole message per
// sentence shape, numbers and months by Intl.
import type { ImportResult, RejectedRow } from '../data/importers/types';
import { activeIntlLocale, activeLocale, i18n } from '../i18n/i18n';

import type { ImportFormat, TextEncodingName } from '../data/importers/types';
import { ENCODING_NAMES } from '../query/user/names';

/** The format the importer recognised, in the active language. */
export function formatName(format: ImportFormat): string {
  switch (format) {
    case 'comtrade-csv':
      return i18n._({ id: 'import.fmt-comtrade-csv', message: 'UN Comtrade export (CSV)' });
    case 'comtrade-json':
      return i18n._({ id: 'import.fmt-comtrade-json', message: 'UN Comtrade API response (JSON)' });
    case 'gacc':
      return i18n._({ id: 'import.fmt-gacc', message: 'China Customs (GACC) query export' });
    case 'tidy':
      return i18n._({ id: 'import.fmt-tidy', message: 'Tidy flow CSV (this site’s own format)' });
    case 'unknown':
      return i18n._({ id: 'import.fmt-unknown', message: 'not recognised' });
  }
}

/** The text encoding, in the active language (the names themselves are standard). */
export function encodingName(encoding: TextEncodingName): string {
  switch (encoding) {
    case 'utf-16le':
      return i18n._({ id: 'import.enc-utf16le', message: 'UTF-16 (little-endian)' });
    case 'utf-16be':
      return i18n._({ id: 'import.enc-utf16be', message: 'UTF-16 (big-endian)' });
    case 'gb18030':
      return i18n._({ id: 'import.enc-gb18030', message: 'GB18030 (Chinese)' });
    default:
      return ENCODING_NAMES[encoding];
  }
}

/** A count as the active language groups its digits ("1,200", "1 200"); English as formatCount writes it. */
export function formatCount(n: number): string {
  return n.toLocaleString(activeIntlLocale());
}
const count = formatCount;

/** "2023" or "Mar 2023" ("2023年3月", "март 2023 г."). */
export function periodName(period: string): string {
  if (period.length !== 7) return period;
  const month = Number(period.slice(5)) - 1;
  if (!Number.isInteger(month) || month < 0 || month > 11) return `${period.slice(5)} ${period.slice(0, 4)}`;
  const date = new Date(Date.UTC(Number(period.slice(0, 4)), month, 1));
  return new Intl.DateTimeFormat(activeIntlLocale(), {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

function yearSpan(list: readonly string[]): string {
  const [first = '', last = first] = [list[0], list.at(-1)];
  if (list.length === 1) return periodName(first);
  return i18n._(
    { id: 'import.years', message: '{first} to {last} ({count} years)' },
    { first: periodName(first), last: periodName(last), count: list.length },
  );
}

function monthSpan(list: readonly string[]): string {
  const [first = '', last = first] = [list[0], list.at(-1)];
  if (list.length === 1) return periodName(first);
  return i18n._(
    { id: 'import.months', message: '{first} to {last} ({count} months)' },
    { first: periodName(first), last: periodName(last), count: list.length },
  );
}

/** "2023", "Jan 2023 to Dec 2023 (12 months)", "2022 to 2023 (2 years) and Jan 2024 to Mar 2024 (3 months)". */
export function periodsText(periods: readonly string[]): string {
  const years = periods.filter((p) => p.length === 4);
  const months = periods.filter((p) => p.length === 7);
  if (years.length > 0 && months.length > 0)
    return i18n._(
      { id: 'import.years-and-months', message: '{years} and {months}' },
      { years: yearSpan(years), months: monthSpan(months) },
    );
  if (years.length > 0) return yearSpan(years);
  if (months.length > 0) return monthSpan(months);
  return i18n._({ id: 'import.none', message: 'none' });
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

// Read at call time, in the language then active.
const NEED_WORDS = {
  period: () => i18n._({ id: 'import.need-period', message: 'its period' }),
  flow: () => i18n._({ id: 'import.need-flow', message: 'whether it lists exports or imports' }),
  currency: () => i18n._({ id: 'import.need-currency', message: 'its currency' }),
};

/** "a, b or c" as English has always written it here; Intl's own "or" list in Chinese and Russian. */
function orList(words: readonly string[]): string {
  if (activeLocale() !== 'en')
    return new Intl.ListFormat(activeIntlLocale(), { type: 'disjunction' }).format(words);
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : (words[0] ?? '');
}

/** "This file does not say its period or whether it lists exports or imports." */
export function needsSentence(needs: readonly (keyof typeof NEED_WORDS)[]): string {
  const list = orList(needs.map((need) => NEED_WORDS[need]()));
  return i18n._(
    {
      id: 'import.needs',
      message: 'This file does not say {list}: please tell us, and it is read again with your answer.',
    },
    { list },
  );
}

/** A period the reader typed: "2023" or "2023-04" (months 01-12), or why not. */
export function checkPeriod(text: string): { ok: true; period: string } | { ok: false; message: string } {
  const value = text.trim();
  if (/^\d{4}$/.test(value) || /^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return { ok: true, period: value };
  return {
    ok: false,
    message: i18n._({
      id: 'import.type-period',
      message: 'Type a year as YYYY (2023) or a month as YYYY-MM (2023-04).',
    }),
  };
}

/** What the table of rows left out shows of them, and what its download holds. */
export function rejectedNote(total: number, listed: number, shown: number): string {
  if (total <= shown)
    return i18n._({ id: 'import.rest-imported', message: 'The rest of the file was imported without them.' });
  if (total > listed)
    return i18n._(
      {
        id: 'import.rest-first',
        message:
          'The rest of the file was imported without them. The first {shown} are shown here; the download lists the first {listed} (the importer keeps no more).',
      },
      { shown: count(shown), listed: count(listed) },
    );
  return i18n._(
    {
      id: 'import.rest-all',
      message:
        'The rest of the file was imported without them. The first {shown} are shown here; the download lists all {listed}.',
    },
    { shown: count(shown), listed: count(listed) },
  );
}

/** The failure of a whole file: its name, then what the importer said. */
export function failedSentence(fileName: string, message: string): string {
  return i18n._(
    { id: 'import.failed', message: '{file} could not be imported. {message}' },
    { file: fileName, message },
  );
}

/** No row of the file could be used. */
export function noRowSentence(fileName: string): string {
  return i18n._({ id: 'import.no-row', message: 'No row of {file} could be imported.' }, { file: fileName });
}

/**
 * One row left out, as a sentence that names the file, the row and the column in every language (the table
 * says the same in its columns): "trade.csv, row 7, column Value: not a number (found “abc”)".
 */
export function rowProblem(fileName: string, row: RejectedRow): string {
  const value = row.value === '' ? emptyValue() : row.value;
  if (row.column === null)
    return i18n._(
      { id: 'import.row-problem-whole', message: '{file}, row {row}: {problem} (found “{value}”)' },
      { file: fileName, row: row.row, problem: row.message, value },
    );
  return i18n._(
    { id: 'import.row-problem', message: '{file}, row {row}, column {column}: {problem} (found “{value}”)' },
    { file: fileName, row: row.row, column: row.column, problem: row.message, value },
  );
}

/** How an empty cell is shown. */
export function emptyValue(): string {
  return i18n._({ id: 'import.empty', message: '(empty)' });
}
