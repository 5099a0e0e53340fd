// A reader's monthly rows as years, for the annual view and for comparing with BACI: a year is the sum of its
// 12 months only when all 12 are in the file; a year with a month missing has no annual value (never a
// partial sum that would read as a fall). A year the file itself gives as annual keeps the file's row.
// Runs once per file, in the import worker (userFileOf): a large file's months never block the page.
import type { FlowRow } from '../../data/schema';

/** A year of one exporter -> importer pair ("2024", "CHN-RUS"). */
export interface PairYear {
  year: string;
  pair: string;
}

export interface AnnualSums {
  /** One row per year summed from 12 months (the file's own annual rows are not repeated here). */
  rows: FlowRow[];
  /** Years summed from months. */
  summed: PairYear[];
  /** Years with some months in the file but not all 12, for some product of the pair. */
  partial: PairYear[];
  /** Years whose months disagree on the reporting basis: not summed. */
  mixedBasis: PairYear[];
}

interface YearSum {
  first: FlowRow;
  value: number;
  /** Null once a month has no quantity: a part of the year's tonnes is not its tonnes. */
  quantity: number | null;
  /** Bit m-1 set for each month m present. */
  months: number;
  mixed: boolean;
}

const ALL_MONTHS = (1 << 12) - 1;

const keyOf = (row: FlowRow, year: string) =>
  `${year}|${row.exporter}|${row.importer}|${row.product}|${row.currency}|${row.source}`;

function accumulate(rows: readonly FlowRow[]): Map<string, YearSum> {
  const sums = new Map<string, YearSum>();
  for (const row of rows) {
    if (row.freq !== 'M') continue;
    const key = keyOf(row, row.period.slice(0, 4));
    let sum = sums.get(key);
    if (!sum) {
      sum = { first: row, value: 0, quantity: 0, months: 0, mixed: false };
      sums.set(key, sum);
    }
    sum.value += row.value;
    sum.quantity =
      sum.quantity !== null && row.quantity !== null && row.quantity_unit === 't'
        ? sum.quantity + row.quantity
        : null;
    sum.months |= 1 << (Number(row.period.slice(5)) - 1);
    if (row.basis !== sum.first.basis) sum.mixed = true;
  }
  return sums;
}

function pairYears(keys: ReadonlySet<string>): PairYear[] {
  return [...keys].sort().map((key) => {
    const [year = '', pair = ''] = key.split('|');
    return { year, pair };
  });
}

export function sumMonthsToYears(rows: readonly FlowRow[]): AnnualSums {
  const own = new Set(rows.filter((row) => row.freq === 'A').map((row) => keyOf(row, row.period)));
  const summedRows: FlowRow[] = [];
  const partial = new Set<string>();
  const summed = new Set<string>();
  const mixed = new Set<string>();
  for (const [key, sum] of accumulate(rows)) {
    if (own.has(key)) continue;
    const { first } = sum;
    const year = first.period.slice(0, 4);
    const pairYear = `${year}|${first.exporter}-${first.importer}`;
    if (sum.months !== ALL_MONTHS) partial.add(pairYear);
    else if (sum.mixed) mixed.add(pairYear);
    else {
      summed.add(pairYear);
      summedRows.push({
        ...first,
        period: year,
        freq: 'A',
        value: sum.value,
        quantity: sum.quantity,
        quantity_unit: sum.quantity === null ? null : 't',
      });
    }
  }
  return {
    rows: summedRows,
    summed: pairYears(summed),
    partial: pairYears(partial),
    mixedBasis: pairYears(mixed),
  };
}

/** What the annual view of one pair says about the years it summed or could not. */
export function annualNotices(sums: AnnualSums, pair: string, shown: readonly string[]): string[] {
  const years = (list: readonly PairYear[]) => [
    ...new Set(list.filter((p) => p.pair === pair && shown.includes(p.year)).map((p) => p.year)),
  ];
  const notices: string[] = [];
  const summed = years(sums.summed);
  const partial = years(sums.partial);
  const mixed = years(sums.mixedBasis);
  if (summed.length > 0)
    notices.push(`Your file is monthly: ${summed.join(', ')} are sums of their 12 months.`);
  if (partial.length > 0)
    notices.push(
      `Your file lacks some months of ${partial.join(', ')}: a product without all 12 has no annual value ` +
        'there (a partial sum would read as a fall).',
    );
  if (mixed.length > 0)
    notices.push(`The months of ${mixed.join(', ')} disagree on who reported them: not summed to a year.`);
  return notices;
}
