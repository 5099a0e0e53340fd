// Importer fuzz targets: the fast profile of every target (importers included) is
// tests/unit/security/url-fuzz.test.ts, the long one `npm run fuzz -- importer` (10,000 cases each). Here: that
// every importer is registered, and hand-made inputs the fuzzer found or must keep refusing.
import { describe, expect, it } from 'vitest';
import { loadTargets } from '../../../scripts/fuzz/registry';
import { gaccEnTarget, tidyTarget } from '../../../scripts/fuzz/importer-targets';

const GACC_EN_HEADER =
  '"Commodity code","Commodity","Trading partner code","Trading partner","Quantity","Quantity unit","US dollar"';

describe('importer fuzz targets', () => {
  it('has a target for every importer in the one fuzz registry', async () => {
    const names = (await loadTargets(['importer'])).map((t) => t.name);
    expect(names).toEqual([
      'importer-comtrade-csv',
      'importer-comtrade-json',
      'importer-gacc-en',
      'importer-gacc-zh',
      'importer-tidy',
    ]);
  });

  it('a 1e400 value is refused for its row and column, not read as Infinity', () => {
    const bytes = new TextEncoder().encode(
      'period,freq,exporter,importer,product,value,currency,quantity,quantity_unit,source,basis\n' +
        '2023-01,M,CHN,RUS,854231,1e400,USD,,,,exporter-reported\n',
    );
    expect(tidyTarget.run({ name: 'flows.csv', bytes })).not.toBe('clean');
  });

  it('a China Customs row whose partner code is __proto__ is a notice, not a crash (found by the long profile)', () => {
    const bytes = new TextEncoder().encode(`${GACC_EN_HEADER}\n202301,,__proto__,x,1,kg,100\n`);
    expect(gaccEnTarget.run({ name: 'gacc.csv', bytes })).toBe('notice');
  });
});
