// @vitest-environment node
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConcordanceRow, FlowRow } from '../../src/data/schema';
import { DATA_README, writeAtomically } from '../../scripts/pipeline/atomic';
import { selectProducts, splitByChapter, sumToTotals } from '../../scripts/pipeline/flows';
import { dataVersion } from '../../scripts/pipeline/manifest';
import { pctDiff } from '../../scripts/pipeline/numbers';
import { buildPartners, partnerRow } from '../../scripts/pipeline/partners';
import { buildProducts } from '../../scripts/pipeline/products';
import { buildReconciliation } from '../../scripts/pipeline/reconcile';
import { defaultDataDir } from '../../scripts/pipeline/resolve';
import { makeFlowRow } from '../fixtures/flow-row';

const flow = (over: Partial<FlowRow>): FlowRow => makeFlowRow(over);

describe('BACI flow transforms', () => {
  const rows = [
    flow({ product: '854231', value: 10, quantity: 2, quantity_unit: 't' }),
    flow({ product: '010620', value: 5 }),
    flow({ exporter: 'RUS', importer: 'CHN', product: '854231', value: 7 }),
  ];

  it('sums every HS6 row into one TOTAL per period and direction, quantity left empty', () => {
    expect(sumToTotals(rows).map((r) => [r.exporter, r.product, r.value, r.quantity])).toEqual([
      ['CHN', 'TOTAL', 15, null],
      ['RUS', 'TOTAL', 7, null],
    ]);
  });

  it('splits by HS2 chapter in ascending order and selects CHPL codes', () => {
    expect([...splitByChapter(rows).keys()]).toEqual(['01', '85']);
    expect(selectProducts(rows, new Set(['854231']))).toHaveLength(2);
  });
});

describe('products', () => {
  const names = {
    hs2: new Map([
      ['85', 'Electrical machinery'],
      ['96', 'Miscellaneous'],
    ]),
    hs4: new Map([['8541', 'Semiconductor devices']]),
    hs6: new Map([['854140', 'Photosensitive devices']]),
  };
  const concordance: ConcordanceRow[] = [
    {
      hs6_2022: '854151',
      hs6_2017: '854150',
      tier: '3.A',
      match: 'approximate',
      note: '',
      comparability: 'split',
      comparable: 'no',
      carved_out: '',
      override: '',
    },
    {
      hs6_2022: '854159',
      hs6_2017: '854150',
      tier: '3.A',
      match: 'approximate',
      note: '',
      comparability: 'split',
      comparable: 'no',
      carved_out: '',
      override: '',
    },
  ];
  const products = buildProducts(
    ['854150', '854140', '962000', '854150'],
    names,
    new Map([['9620', 'Monopods']]),
    concordance,
  );

  it('names HS 2017-only codes from their heading and flags them', () => {
    expect(products.map((p) => [p.hs6, p.name_source])).toEqual([
      ['854140', 'hs12'],
      ['854150', 'hs4-parent'],
      ['962000', 'hs4-parent'],
    ]);
    expect(products[1]?.name).toBe(
      'Other products of heading 8541 (HS 2017 code; named from its heading: Semiconductor devices)',
    );
    expect(products[2]?.hs4_name).toBe('Monopods');
  });

  it('links CHPL tier and both HS 2022 codes via the concordance', () => {
    expect(products[1]).toMatchObject({
      tier: '3.A',
      chpl_hs6_2022: '854151;854159',
      chpl_match: 'approximate',
    });
    expect(products[0]).toMatchObject({ tier: null, chpl_hs6_2022: '', chpl_match: null });
  });

  it('fails when a heading has no name at all', () => {
    expect(() => buildProducts(['970100'], names, new Map(), [])).toThrow(/no name for heading 9701/);
  });
});

describe('partners', () => {
  it('gives countries ISO3, M49 and ISO alpha-2 (from the ISO table), aggregates none', () => {
    expect(partnerRow('CHN', new Map())).toEqual({
      code: 'CHN',
      iso3: 'CHN',
      m49: '156',
      name: 'China',
      kind: 'country',
      iso2: 'CN',
    });
    expect(partnerRow('AFG', new Map())).toMatchObject({ m49: '004' });
    expect(partnerRow('G001', new Map([['G001', 'World']]))).toEqual({
      code: 'G001',
      iso3: null,
      m49: null,
      name: 'World',
      kind: 'aggregate',
      iso2: null,
    });
  });

  it('lists every exporter and importer once', () => {
    const codes = buildPartners([flow({}), flow({ exporter: 'G001' })], new Map()).map((p) => p.code);
    expect(codes).toEqual(['CHN', 'G001', 'RUS']);
  });
});

describe('reconciliation', () => {
  const months = (year: string, n: number) =>
    Array.from({ length: n }, (_, i) =>
      flow({ period: `${year}-${String(i + 1).padStart(2, '0')}`, freq: 'M', value: 10 }),
    );

  it('compares full years and leaves missing sources null, never zero', () => {
    const rows = buildReconciliation(
      [flow({ period: '2021', product: 'TOTAL', value: 100 })],
      [...months('2021', 12), ...months('2024', 3)],
      [flow({ period: '2021', product: 'TOTAL', value: 110 })],
    );
    const y2021 = rows.find((r) => r.year === '2021');
    expect(y2021).toMatchObject({
      baci_usd: 100,
      comtrade_usd: 120,
      comtrade_months: 12,
      comtrade_vs_baci_pct: 20,
    });
    expect(y2021?.imf_vs_comtrade_pct).toBeCloseTo(-8.33, 2);
    expect(rows.find((r) => r.year === '2024')).toMatchObject({
      comtrade_usd: 30,
      comtrade_months: 3,
      imf_vs_comtrade_pct: null,
    });
    expect(rows.find((r) => r.year === '2016')).toMatchObject({
      baci_usd: null,
      comtrade_usd: null,
      comtrade_months: 0,
    });
    expect(pctDiff(5, 0)).toBeNull();
  });
});

describe('dataVersion and data dir', () => {
  it('hashes the sorted (path, sha256) list, independent of order', () => {
    const a = { path: 'a.csv', sha256: '1'.repeat(64) };
    const b = { path: 'b.csv', sha256: '2'.repeat(64) };
    expect(dataVersion([a, b])).toBe(dataVersion([b, a]));
    expect(dataVersion([a, b])).toMatch(/^[0-9a-f]{12}$/);
    expect(dataVersion([a])).not.toBe(dataVersion([a, b]));
  });

  it('uses DATA_MIRROR when set, else ../shared/data-sources', () => {
    expect(defaultDataDir({ DATA_MIRROR: '/tmp/mirror' }, '/x/main')).toBe('/tmp/mirror');
    expect(defaultDataDir({}, '/x/main')).toBe('/x/shared/data-sources');
  });
});

describe('writeAtomically', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function seed(): string {
    root = mkdtempSync(path.join(os.tmpdir(), 'atomic-'));
    const out = path.join(root, 'data');
    mkdirSync(out);
    writeFileSync(path.join(out, 'README.md'), 'kept');
    writeFileSync(path.join(out, 'old.csv'), 'old');
    return out;
  }

  it('swaps in the new files, writes the README and removes stale files', () => {
    const out = seed();
    writeAtomically(out, [{ path: 'flows/new.csv', content: 'new' }], () => undefined);
    expect(readFileSync(path.join(out, 'flows/new.csv'), 'utf8')).toBe('new');
    expect(readFileSync(path.join(out, 'README.md'), 'utf8')).toBe(DATA_README);
    expect(existsSync(path.join(out, 'old.csv'))).toBe(false);
    expect(readdirSync(root).sort()).toEqual(['.data-builds', 'data']);
  });

  it('leaves the previous directory untouched when the check fails', () => {
    const out = seed();
    const failing = () => {
      throw new Error('check failed');
    };
    expect(() => writeAtomically(out, [{ path: 'new.csv', content: 'new' }], failing)).toThrow(
      'check failed',
    );
    expect(readdirSync(out).sort()).toEqual(['README.md', 'old.csv']);
    expect(readFileSync(path.join(out, 'README.md'), 'utf8')).toBe('kept');
    expect(readdirSync(root).sort()).toEqual(['.data-builds', 'data']);
  });
});
