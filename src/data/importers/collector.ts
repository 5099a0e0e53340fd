// Gathers what a format reader finds (rows, refusals, notes) and turns it into one ImportResult: rows that share
// a key are summed as they arrive (8-digit lines cut to HS6, customs regimes and provinces), the rest is counted
// for the reader.
import { flowRow, type FlowRow } from '../schema';
import { RowSummer } from './aggregate';
import { isValidFlowRow } from './flow-row-check';
import { detach, shortValue } from './text';
import type {
  ImportFormat,
  ImportNeed,
  ImportResult,
  ImportSummary,
  RejectedRow,
  TextEncodingName,
  UnresolvedPartner,
} from './types';

/** Only the first few hundred refusals are kept: a wrong file can refuse every one of a million rows. */
const MAX_REJECTED = 500;
/** The warning about national codes quotes this many of them. */
const TRUNCATED_EXAMPLES = 3;

export class Collector {
  readonly rejected: RejectedRow[] = [];
  readonly warnings: string[] = [];
  inputRows = 0;
  private readonly summer = new RowSummer();
  private rejectedCount = 0;
  /** The first distinct national codes cut to HS6, and how many rows had one. */
  private readonly truncatedExamples: string[] = [];
  private truncatedCount = 0;
  private zeroRestored = 0;
  private readonly unresolved = new Map<string, UnresolvedPartner>();

  reject(
    row: number,
    column: string | null,
    value: string,
    message: string,
    kind: RejectedRow['kind'] = 'invalid',
  ) {
    this.rejectedCount += 1;
    if (this.rejected.length < MAX_REJECTED) {
      this.rejected.push({ row, column, value: shortValue(value), message: detach(message), kind });
    }
  }

  /**
   * Validates against the tidy schema: a reader's file never produces a row the app could not trust. Ordinary
   * rows pass the precompiled check; only the others meet the schema, which names the column and says why.
   * The summer keeps its own copy: the row given is not changed.
   */
  add(row: FlowRow, line: number): void {
    if (isValidFlowRow(row)) {
      this.summer.add(row);
      return;
    }
    const parsed = flowRow.safeParse(row);
    if (parsed.success) {
      this.summer.add(parsed.data);
      return;
    }
    const issue = parsed.error.issues[0];
    const column = issue?.path[0] === undefined ? null : String(issue.path[0]);
    const value = column === null ? '' : String((row as Record<string, unknown>)[column] ?? '');
    this.reject(line, column, value, issue?.message ?? 'invalid row');
  }

  noteTruncated(code: string): void {
    this.truncatedCount += 1;
    const examples = this.truncatedExamples;
    if (examples.length < TRUNCATED_EXAMPLES && !examples.includes(code)) examples.push(detach(code));
  }

  noteZeroRestored(): void {
    this.zeroRestored += 1;
  }

  noteUnresolved(code: string, name: string): void {
    const key = `${code}\u0000${name}`;
    const entry = this.unresolved.get(key);
    if (entry) entry.rows += 1;
    else this.unresolved.set(detach(key), { code: detach(code), name: detach(name), rows: 1 });
  }

  private noteWarnings(): void {
    if (this.truncatedCount > 0) {
      const examples = this.truncatedExamples.join(', ');
      const count = this.truncatedCount;
      this.warnings.push(
        `${count} row(s) carry national 8- or 10-digit codes (e.g. ${examples}): cut to their HS6 subheading.`,
      );
    }
    if (this.zeroRestored > 0) {
      this.warnings.push(
        `${this.zeroRestored} commodity code(s) had lost a leading zero (as spreadsheets do): restored.`,
      );
    }
    if (this.rejectedCount > this.rejected.length) {
      this.warnings.push(
        `${this.rejectedCount} rows were refused; the first ${this.rejected.length} are listed.`,
      );
    }
  }

  finish(format: ImportFormat, encoding: TextEncodingName, error: string | null = null): ImportResult {
    this.noteWarnings();
    this.rejected.sort((a, b) => a.row - b.row);
    const { rows, summed } = this.summer;
    if (summed > 0) {
      this.warnings.push(
        `${summed} row(s) shared a period, partner and HS6 code with another (national lines, customs regimes or ` +
          'provinces): their values were summed.',
      );
    }
    return {
      format,
      encoding,
      rows,
      rejected: this.rejected,
      warnings: this.warnings,
      summary: summarise(rows, this.inputRows),
      unresolvedPartners: [...this.unresolved.values()],
      error,
    };
  }
}

export function summarise(rows: readonly FlowRow[], inputRows: number): ImportSummary {
  const periods = new Set<string>();
  const products = new Set<string>();
  const partners = new Set<string>();
  const currencies = new Set<ImportSummary['currencies'][number]>();
  for (const row of rows) {
    periods.add(row.period);
    products.add(row.product);
    partners.add(row.exporter).add(row.importer);
    currencies.add(row.currency);
  }
  return {
    inputRows,
    rows: rows.length,
    periods: [...periods].sort(),
    products: products.size,
    partners: [...partners].sort(),
    currencies: [...currencies].sort(),
  };
}

export function failedResult(
  format: ImportFormat,
  encoding: TextEncodingName,
  error: string,
  needs?: ImportNeed[],
): ImportResult {
  const result = new Collector().finish(format, encoding, error);
  return needs ? { ...result, needs } : result;
}
