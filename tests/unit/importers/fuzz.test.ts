// Fast profile of the importer fuzz targets (the long one: `npm run fuzz:importers`, 10,000 cases each):
// random bytes, broken quoting, BOMs, UTF-16, GB18030-shaped bytes, control characters, huge lines and
// numbers like 1e400 end as a parsed result or a clean refusal, never a crash.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMPORTER_TARGETS } from '../../../scripts/fuzz/importer-targets';

describe('importer fuzz, fast profile', () => {
  it('has a target for every importer', () => {
    expect(IMPORTER_TARGETS.map((t) => t.name)).toEqual([
      'importer-tidy',
      'importer-comtrade-csv',
      'importer-comtrade-json',
      'importer-gacc-en',
      'importer-gacc-zh',
    ]);
  });

  it.each(IMPORTER_TARGETS.map((t) => [t.name, t] as const))(
    '%s: parsed or refused, never a crash',
    (_, target) => {
      const outcomes = new Set<string>();
      fc.assert(
        fc.property(target.arbitrary, (input) => {
          outcomes.add(target.run(input));
        }),
        { numRuns: 60, seed: 13 },
      );
      expect(outcomes.size).toBeGreaterThan(0);
    },
    60_000,
  );

  it('a 1e400 value is refused for its row and column, not read as Infinity', () => {
    const tidy = IMPORTER_TARGETS[0];
    const bytes = new TextEncoder().encode(
      'period,freq,exporter,importer,product,value,currency,quantity,quantity_unit,source,basis\n' +
        '2023-01,M,CHN,RUS,854231,1e400,USD,,,,exporter-reported\n',
    );
    expect(tidy?.run({ name: 'flows.csv', bytes })).not.toBe('clean');
  });
});
