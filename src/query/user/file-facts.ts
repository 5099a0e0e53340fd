// What a reader's file holds, for the explorer's choices: its exporter -> importer pairs, its periods at each
// frequency, each pair's products by value, its main currency. One pass over the rows, in the import worker.
import type { Currency, FlowRow, Frequency } from '../../data/schema';

export interface PairProducts {
  /** HS6 codes, largest value first. */
  codes: string[];
  /** Whether the pair has all-goods rows ("TOTAL"). */
  hasTotal: boolean;
}

export interface PairFacts {
  /** "CHN-RUS" */
  key: string;
  exporter: string;
  importer: string;
  /** Rows of the pair in the annual view (the file's years and years summed from 12 months). */
  annualRows: number;
  monthlyRows: number;
  products: Record<Frequency, PairProducts>;
}

export interface FileFacts {
  /** China -> Russia first (what this site is about), then the pairs with most rows. */
  pairs: PairFacts[];
  annualPeriods: string[];
  monthlyPeriods: string[];
  /** The currency most rows are in (US$ on a tie): the charts show that one, and say so. */
  currency: Currency;
}

interface PairTally {
  facts: Omit<PairFacts, 'products'>;
  values: Record<Frequency, Map<string, number>>;
  hasTotal: Record<Frequency, boolean>;
}

function tallyPairs(rows: Iterable<FlowRow>, pairs: Map<string, PairTally>): void {
  for (const row of rows) {
    const key = `${row.exporter}-${row.importer}`;
    let tally = pairs.get(key);
    if (!tally) {
      const facts = { key, exporter: row.exporter, importer: row.importer, annualRows: 0, monthlyRows: 0 };
      tally = { facts, values: { A: new Map(), M: new Map() }, hasTotal: { A: false, M: false } };
      pairs.set(key, tally);
    }
    if (row.freq === 'A') tally.facts.annualRows += 1;
    else tally.facts.monthlyRows += 1;
    if (row.product === 'TOTAL') tally.hasTotal[row.freq] = true;
    else if (/^\d{6}$/.test(row.product)) {
      const values = tally.values[row.freq];
      values.set(row.product, (values.get(row.product) ?? 0) + row.value);
    }
  }
}

const byValue = (values: ReadonlyMap<string, number>) =>
  [...values].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code]) => code);

export function mainCurrency(rows: readonly FlowRow[]): Currency {
  const counts = new Map<Currency, number>();
  for (const row of rows) counts.set(row.currency, (counts.get(row.currency) ?? 0) + 1);
  let best: Currency = 'USD';
  for (const [currency, count] of counts) if (count > (counts.get(best) ?? 0)) best = currency;
  return best;
}

function periodsOf(rows: Iterable<FlowRow>, freq: Frequency): string[] {
  const periods = new Set<string>();
  for (const row of rows) if (row.freq === freq) periods.add(row.period);
  return [...periods].sort();
}

/** The facts of a file's rows and the years summed from them (`summed`, all annual). */
export function describeRows(rows: readonly FlowRow[], summed: readonly FlowRow[]): FileFacts {
  const pairs = new Map<string, PairTally>();
  tallyPairs(rows, pairs);
  tallyPairs(summed, pairs);
  const size = (p: PairFacts) => p.annualRows + p.monthlyRows;
  const list = [...pairs.values()].map(({ facts, values, hasTotal }): PairFacts => ({
    ...facts,
    products: {
      A: { codes: byValue(values.A), hasTotal: hasTotal.A },
      M: { codes: byValue(values.M), hasTotal: hasTotal.M },
    },
  }));
  list.sort(
    (a, b) =>
      Number(b.key === 'CHN-RUS') - Number(a.key === 'CHN-RUS') ||
      size(b) - size(a) ||
      a.key.localeCompare(b.key),
  );
  return {
    pairs: list,
    annualPeriods: [...new Set([...periodsOf(rows, 'A'), ...periodsOf(summed, 'A')])].sort(),
    monthlyPeriods: periodsOf(rows, 'M'),
    currency: mainCurrency(rows),
  };
}
