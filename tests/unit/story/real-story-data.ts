// The story's inputs read from the REAL public/data files (run `npm run data` first), shared by the tests that
// check its findings on them, and where each step reads its periods from.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseTable } from '../../../src/data/csv/parse-table';
import type { Manifest } from '../../../src/data/schema';
import { TABLE_SCHEMAS, type TableKind, type TableRow } from '../../../src/data/tables';
import type { StoryData } from '../../../src/story/facts/types';

const DATA = resolve(import.meta.dirname, '../../../public/data');
export const dataText = (file: string) => readFileSync(resolve(DATA, file), 'utf8');

function load<K extends TableKind>(file: string, kind: K): TableRow<K>[] {
  return parseTable(dataText(file), TABLE_SCHEMAS[kind], file).rows as TableRow<K>[];
}

export function realStoryData(): StoryData {
  return {
    baciChpl: load('flows/baci_chpl.csv', 'flows'),
    baciTotals: load('flows/baci_totals.csv', 'flows'),
    concordance: load('concordance.csv', 'concordance'),
    chpl: load('chpl.csv', 'chpl'),
    imf: load('flows/imf_russia_partners.csv', 'flows'),
    eurostat: load('flows/eurostat_eu_sanctioned.csv', 'flows'),
    comtrade: load('flows/comtrade_monthly_totals.csv', 'flows'),
    headlines: load('headline_figures.csv', 'headlines'),
    gaccTotals: load('gacc_reported_totals.csv', 'published-totals'),
    events: load('events.csv', 'events'),
    partners: load('partners.csv', 'partners'),
  };
}

export const realManifest = (): Manifest => JSON.parse(dataText('manifest.json')) as Manifest;

/** The source each finding generator reads its periods from (a new step must be added here). */
export const STEP_SOURCE: Readonly<Record<string, string | null>> = {
  tiers: 'baci',
  timeline: null,
  'tier-1': 'baci',
  'tier-4b': 'baci',
  'top-codes': 'baci',
  'chpl-share': 'baci',
  'chpl-vs-total': 'baci',
  'russia-imports': 'imf-imts',
  'russia-import-shares': 'imf-imts',
  'eu-neighbours': 'eurostat-eu-sanctioned',
  'monthly-totals': 'comtrade-monthly-totals',
  'after-detail': 'gacc-reported-totals',
};
/** Findings over all CHPL codes, which also cross the HS 2022 change (some HS 2017 lines narrowed). */
export const ALL_CODES: ReadonlySet<string> = new Set(['tiers', 'chpl-share', 'chpl-vs-total']);
