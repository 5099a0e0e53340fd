// What `npm run data:import` prints about a file before it keeps it: format, size of the result, coverage,
// units, and every refusal as "row, column: reason" (a message a reader can act on, never a stack trace).
import type { ImportNeed, ImportResult } from '../../src/data/importers';
import { escapeValue } from '../terminal';

const MAX_LISTED = 20;

export const NEED_FLAGS: Readonly<Record<ImportNeed, string>> = {
  period: '--period YYYY or YYYY-MM',
  flow: '--flow exports|imports',
  currency: '--currency USD|CNY',
};

function periodRange(periods: readonly string[]): string {
  if (periods.length === 0) return 'none';
  const first = periods[0];
  const last = periods.at(-1);
  return periods.length === 1 ? `${first}` : `${first}..${last} (${periods.length} periods)`;
}

function units(result: ImportResult): string {
  const withQuantity = result.rows.filter((r) => r.quantity !== null).length;
  const currencies = result.summary.currencies.join(', ') || 'none';
  return `values in ${currencies}; quantity in tonnes on ${withQuantity} of ${result.rows.length} rows (others: none declared)`;
}

function rejectedLines(result: ImportResult): string[] {
  if (result.rejected.length === 0) return ['Rejected rows: none'];
  const lines = result.rejected.slice(0, MAX_LISTED).map((r) => {
    const column = r.column === null ? '' : `, column ${escapeValue(r.column)}`;
    const value = r.value === '' ? '' : ` (value "${escapeValue(r.value)}")`;
    return `  row ${r.row}${column}: ${escapeValue(r.message)}${value}${r.kind === 'unsupported' ? ' [unsupported]' : ''}`;
  });
  const more = result.rejected.length > MAX_LISTED ? [`  ... and more (first ${MAX_LISTED} shown)`] : [];
  return [`Rejected rows: ${result.rejected.length} listed`, ...lines, ...more];
}

export function previewLines(fileName: string, bytes: number, result: ImportResult): string[] {
  const s = result.summary;
  const partners =
    s.partners.length > 12 ? `${s.partners.slice(0, 12).join(', ')}, ...` : s.partners.join(', ');
  // A cell may hold a newline: a value stays on its line (the CLI escapes the other controls).
  const v = escapeValue;
  return [
    `File: ${v(fileName)} (${bytes} bytes)`,
    `Format: ${result.format}, encoding ${result.encoding}`,
    `Rows: ${s.inputRows} read, ${s.rows} tidy rows`,
    `Periods: ${periodRange(s.periods)}`,
    `Products: ${s.products}`,
    `Partners: ${v(partners) || 'none'}`,
    `Units: ${units(result)}`,
    ...result.warnings.map((w) => `Warning: ${v(w)}`),
    ...result.unresolvedPartners.map(
      (p) => `Unresolved partner: code ${v(p.code)} "${v(p.name)}" (${p.rows} rows refused)`,
    ),
    ...rejectedLines(result),
  ];
}

export function needsMessage(needs: readonly ImportNeed[]): string {
  return `The file does not say its ${needs.join(', ')}: give ${needs.map((n) => NEED_FLAGS[n]).join(' and ')}.`;
}
