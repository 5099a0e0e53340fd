// A reader's file made by hand for the user-dataset tests: China -> Russia, made-up numbers easy to sum by eye.
import type { FlowRow } from '../../../src/data/schema';
import { userFileOf, type UserFile } from '../../../src/query/user/user-file';
import { makeFlowRow } from '../../fixtures/flow-row';

export const months = (year: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);

/** A user row: monthly, China-reported, from "my file.csv" (the importer's label, before relabelling). */
export function userRow(overrides: Partial<FlowRow>): FlowRow {
  return makeFlowRow({
    freq: 'M',
    basis: 'exporter-reported',
    source: 'user:my file.csv',
    ...overrides,
  });
}

/** 854231 (CHPL tier 1): all 12 months of 2022 at 10 each, 3 months of 2023; 880622 (HS 2022 tier 1... see test). */
export function monthlyFileRows(): FlowRow[] {
  return [
    ...months('2022', 12).map((period) => userRow({ period, value: 10, quantity: 1, quantity_unit: 't' })),
    ...months('2023', 3).map((period) => userRow({ period, value: 20 })),
    userRow({ period: '2022-05', product: 'TOTAL', value: 1000 }),
    userRow({ period: '2022-05', exporter: 'CHN', importer: 'KAZ', product: '847130', value: 7 }),
  ];
}

export function makeUserFile(rows: FlowRow[] = monthlyFileRows(), name = 'My file (2023).csv'): UserFile {
  return userFileOf({
    name,
    format: 'tidy',
    encoding: 'utf-8',
    bytes: 1234,
    importedAt: '2025-01-02T03:04:05Z',
    rows,
  });
}
