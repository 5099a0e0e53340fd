// Gathers what a format reader finds (rows, refusals, notes) and turns it into one ImportResult: rows that share
// a key are summed (8-digit lines cut to HS6, customs regimes and provinces), the rest is counted for the reader.
import { flowRow, type FlowRow } from '../schema';
import { sumDuplicateRows } from './aggregate';
import { shortValue } from './text';
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

export class Collector {
  readonly rows: FlowRow[] = [];
  readonly rejected: RejectedRow[] = [];
  readonly warnings: string[] = [];
  inputRows = 0;
  private rejectedCount = 0;
  private readonly truncated = new Map<string, number>();
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
      this.rejected.push({ row, column, value: shortValue(value), message, kind });
    }
  }

  /** Validates against the tidy schema: a reader's file never produces a row the app could not trust. */
  add(row: FlowRow, line: number): void {
    const parsed = flowRow.safeParse(row);
    if (parsed.success) {
      this.rows.push(parsed.data);
      return;
    }
    const issue = parsed.error.issues[0];
    const column = issue?.path[0] === undefined ? null : String(issue.path[0]);
    const value = column === null ? '' : String((row as Record<string, unknown>)[column] ?? '');
    this.reject(line, column, value, issue?.message ?? 'invalid row');
  }

  noteTruncated(code: string): void {
    this.truncated.set(code, (this.truncated.get(code) ?? 0) + 1);
  }

  noteZeroRestored(): void {
    this.zeroRestored += 1;
  }

  noteUnresolved(code: string, name: string): void {
    const key = `${code}\u0000${name}`;
    const entry = this.unresolved.get(key) ?? { code, name, rows: 0 };
    entry.rows += 1;
    this.unresolved.set(key, entry);
  }

  private noteWarnings(): void {
    if (this.truncated.size > 0) {
      const examples = [...this.truncated.keys()].slice(0, 3).join(', ');
      const count = [...this.truncated.values()].reduce((a, b) => a + b, 0);
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
    const { rows, summed } = sumDuplicateRows(this.rows);
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
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
  return {
    inputRows,
    rows: rows.length,
    periods: sorted(rows.map((r) => r.period)),
    products: new Set(rows.map((r) => r.product)).size,
    partners: sorted(rows.flatMap((r) => [r.exporter, r.importer])),
    currencies: sorted(rows.map((r) => r.currency)) as ImportSummary['currencies'],
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
