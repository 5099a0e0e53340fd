// The output of a complete run: every raw row for the range, with what was asked. Written whole or not at all.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { comtradeRow } from './response';
import { writeFileAtomic } from './store';

export const comtradeSnapshot = z.object({
  source: z.string(),
  retrieved: z.string(),
  endpoint: z.enum(['preview', 'keyed']),
  reporterCode: z.number().int(),
  flowCode: z.string(),
  from: z.string(),
  to: z.string(),
  cmdCodes: z.array(z.string()),
  partners: z.array(z.number().int()),
  /** Months asked that returned no row (not published yet, or no trade): absent, never zero. */
  emptyMonths: z.array(z.string()),
  rows: z.array(comtradeRow),
});
export type ComtradeSnapshot = z.infer<typeof comtradeSnapshot>;

export function writeSnapshot(file: string, snapshot: ComtradeSnapshot): void {
  writeFileAtomic(file, `${JSON.stringify(comtradeSnapshot.parse(snapshot))}\n`);
}

export function readSnapshot(file: string): ComtradeSnapshot {
  return comtradeSnapshot.parse(JSON.parse(readFileSync(file, 'utf8')));
}
