// @vitest-environment node
// Builds public/data from the REAL raw sources into a temp dir once, then checks it against figures computed here,
// independently of the pipeline (own parsing of the raw BACI CSV, own code -> tier table), and against PROVENANCE.md.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_IDS } from '../../src/data/files';
import { manifest as manifestSchema, type Manifest } from '../../src/data/schema';
import { buildData } from '../../scripts/pipeline/build';
import { dataVersion } from '../../scripts/pipeline/manifest';
import { defaultDataDir, REPO_ROOT } from '../../scripts/pipeline/resolve';
import { parseTranslations, TRANSLATIONS_FILE } from '../../scripts/pipeline/translations';
import { rawFile } from './helpers/raw';

const DATA_DIR = defaultDataDir();
const BACI_RAW = path.join(DATA_DIR, 'baci-china-russia/baci_hs17_v202501_china_russia_2017_2023.csv');
const EVENTS_FIXTURE = path.resolve(__dirname, '../fixtures/pipeline/events.csv');

/** Our own copy of the CHPL mapping in HS 2017 terms (49 codes; 854150 stands for 854151 + 854159). */
const TIER_OF_HS2017: Record<string, string> = {
  ...Object.fromEntries(['854231', '854232', '854233', '854239'].map((c) => [c, '1'])),
  ...Object.fromEntries(['851762', '852691', '853221', '853224', '854890'].map((c) => [c, '2'])),
  ...Object.fromEntries(
    [
      '847150',
      '850440',
      '851769',
      '852580',
      '852910',
      '852990',
      '853669',
      '853690',
      '854110',
      '854121',
      '854129',
      '854130',
      '854140',
      '854150',
      '854160',
    ].map((c) => [c, '3.A']),
  ),
  ...Object.fromEntries(
    ['848210', '848220', '848230', '848250', '880330', '901310', '901380', '901420', '901480'].map((c) => [
      c,
      '3.B',
    ]),
  ),
  ...Object.fromEntries(
    [
      '847180',
      '848610',
      '848620',
      '848640',
      '853400',
      '854320',
      '902750',
      '903020',
      '903032',
      '903039',
      '903082',
    ].map((c) => [c, '4.A']),
  ),
  ...Object.fromEntries(['845710', '845811', '845891', '845961', '846693'].map((c) => [c, '4.B'])),
};

/** The table "Sums by tier, China->Russia, US$ million" in baci-china-russia/PROVENANCE.md. */
const PROVENANCE_MILLIONS: Record<string, number[]> = {
  '2017': [65.8, 617.7, 2160.4, 406.5, 339.0, 45.3],
  '2018': [93.2, 792.6, 2548.5, 644.0, 312.6, 46.6],
  '2019': [114.1, 919.7, 1983.8, 431.1, 272.1, 55.7],
  '2020': [139.7, 1258.3, 1985.3, 265.5, 282.8, 54.2],
  '2021': [211.4, 1375.4, 2608.6, 674.5, 528.5, 83.5],
  '2022': [170.1, 1051.0, 1943.2, 116.7, 329.1, 222.3],
  '2023': [166.7, 1204.5, 2451.7, 239.1, 477.3, 813.1],
};
const TIERS = ['1', '2', '3.A', '3.B', '4.A', '4.B'];

/** Exact integer dollars from "48.641" (thousands, at most 3 decimals), without floating point. */
function thousandsToUsd(v: string): number {
  const [whole, frac = ''] = v.split('.');
  return Number(whole) * 1000 + Number(frac.padEnd(3, '0'));
}

function expectedChplSums(): Map<string, number> {
  const sums = new Map<string, number>();
  for (const line of readFileSync(BACI_RAW, 'utf8').trim().split('\n').slice(1)) {
    const [t, i, j, k, v] = line.split(',');
    const tier = TIER_OF_HS2017[(k ?? '').padStart(6, '0')];
    if (i !== '156' || j !== '643' || !tier) continue;
    sums.set(`${t}|${tier}`, (sums.get(`${t}|${tier}`) ?? 0) + thousandsToUsd(v ?? ''));
  }
  return sums;
}

let outDir = '';
let manifest: Manifest;
const read = (rel: string) => readFileSync(path.join(outDir, rel), 'utf8');
const rowsOf = (rel: string) =>
  Papa.parse<Record<string, string>>(read(rel), { header: true, skipEmptyLines: true }).data;

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(path.join(dir, name)).isDirectory() ? listFiles(path.join(dir, name), rel) : [rel];
  });
}

beforeAll(async () => {
  outDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'pipeline-real-')), 'data');
  await buildData({ dataDir: DATA_DIR, outDir, eventsFile: EVENTS_FIXTURE });
  manifest = manifestSchema.parse(JSON.parse(read('manifest.json')));
}, 120_000);

afterAll(() => rmSync(path.dirname(outDir), { recursive: true, force: true }));

describe('pipeline over the real sources', () => {
  it('China->Russia CHPL sums per tier and year equal an independent computation from the raw BACI file', () => {
    const tierOf = new Map(rowsOf('products.csv').map((p) => [p.hs6, p.tier]));
    const ours = new Map<string, number>();
    for (const row of rowsOf('flows/baci_chpl.csv')) {
      if (row.exporter !== 'CHN') continue;
      const key = `${row.period}|${tierOf.get(row.product ?? '')}`;
      ours.set(key, (ours.get(key) ?? 0) + Number(row.value));
    }
    const expected = expectedChplSums();
    expect(expected.size).toBe(42);
    expect(ours).toEqual(expected);
  });

  it('matches the tier table in baci-china-russia/PROVENANCE.md within US$0.1 million', () => {
    const expected = expectedChplSums();
    const ours = new Map<string, number>();
    for (const row of rowsOf('flows/baci_chpl.csv').filter((r) => r.exporter === 'CHN')) {
      const tier = TIER_OF_HS2017[row.product ?? ''];
      ours.set(`${row.period}|${tier}`, (ours.get(`${row.period}|${tier}`) ?? 0) + Number(row.value));
    }
    for (const [year, millions] of Object.entries(PROVENANCE_MILLIONS)) {
      TIERS.forEach((tier, i) => {
        expect(
          Math.abs((ours.get(`${year}|${tier}`) ?? NaN) / 1e6 - (millions[i] ?? NaN)),
        ).toBeLessThanOrEqual(0.1);
        expect(ours.get(`${year}|${tier}`)).toBe(expected.get(`${year}|${tier}`));
      });
    }
  });

  it('splits all 43,494 BACI rows across the HS2 chapter files', () => {
    const chapters = manifest.files.filter((f) => f.hs2 !== undefined);
    expect(chapters.reduce((n, f) => n + f.rows, 0)).toBe(43_494);
    const lines = chapters.reduce((n, f) => n + read(f.path).trim().split('\n').length - 1, 0);
    expect(lines).toBe(43_494);
    expect(chapters.every((f) => f.path === `flows/baci_hs6/hs2-${f.hs2}.csv`)).toBe(true);
  });

  it('lists every output file in the manifest with its correct sha256, bytes and a consistent dataVersion', () => {
    const onDisk = listFiles(outDir)
      .filter((f) => f !== 'manifest.json' && f !== 'README.md')
      .sort();
    expect(manifest.files.map((f) => f.path).sort()).toEqual(onDisk);
    for (const file of manifest.files) {
      const bytes = readFileSync(path.join(outDir, file.path));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
      expect(bytes.length).toBe(file.bytes);
    }
    expect(manifest.dataVersion).toBe(dataVersion(manifest.files));
    // Monthly CHPL flows are built in only when an `npm run data:update` snapshot is given (not here).
    const builtIn = Object.values(SOURCE_IDS).filter((id) => id !== SOURCE_IDS.comtradeChpl);
    expect(manifest.sources.map((s) => s.id).sort()).toEqual(builtIn.sort());
    expect(manifest.breaks.map((b) => [b.source, b.after, b.before])).toEqual([
      ['baci', '2021', '2022'],
      ['imf-imts', '2021', '2022'],
    ]);
  });

  it('keeps leading zeros in product codes and names the 171 HS 2017-only codes from UN Comtrade’s HS 2017 list', () => {
    const products = rowsOf('products.csv');
    expect(products).toHaveLength(4811);
    expect(products.every((p) => /^\d{6}$/.test(p.hs6 ?? ''))).toBe(true);
    expect(products.find((p) => p.hs6 === '010620')?.hs2).toBe('01');
    expect(products.filter((p) => p.name_source === 'comtrade-hs17')).toHaveLength(170);
    // 271000 is in BACI's data but in neither list (H5 has only 2710's six-digit subheadings), so it is named
    // from its heading. 300219 (which the workbook lacks, see hs-classification/PROVENANCE.md) is in H5.
    expect(products.filter((p) => p.name_source === 'hs4-parent').map((p) => p.hs6)).toEqual(['271000']);
    expect(products.find((p) => p.hs6 === '300219')?.name_source).toBe('comtrade-hs17');
    expect(products.find((p) => p.hs6 === '854150')?.name).toMatch(/semiconductor devices/);
    expect(rowsOf('flows/baci_hs6/hs2-01.csv').some((r) => r.product === '010620')).toBe(true);
  });

  it('derives the CHPL relation from the workbook: 852990 and 901380 lost 8524, 44 codes keep their number', () => {
    const rows = rowsOf('concordance.csv');
    const of = (hs6: string) => rows.find((r) => r.hs6_2022 === hs6);
    expect([of('901380')?.comparability, of('901380')?.carved_out]).toEqual(['hs2017-broader', '8524']);
    expect([of('852990')?.comparability, of('852990')?.carved_out]).toEqual(['hs2017-broader', '8524']);
    expect([of('854800')?.hs6_2017, of('854800')?.comparability]).toEqual(['854890', 'renumbered']);
    expect([of('854151')?.hs6_2017, of('854151')?.comparable]).toEqual(['854150', 'no']);
    expect(rows.filter((r) => r.hs6_2022 === r.hs6_2017)).toHaveLength(44);
    expect(rows.filter((r) => r.comparable === 'yes')).toHaveLength(44);
  });

  it('has no 854150 row for 2022 or 2023 (missing, not zero) but has 2017-2021', () => {
    const years = rowsOf('flows/baci_chpl.csv')
      .filter((r) => r.product === '854150' && r.exporter === 'CHN')
      .map((r) => r.period);
    expect(years).toEqual(['2017', '2018', '2019', '2020', '2021']);
  });

  it('reconciles Comtrade 2023 at about US$111.1 bn over 12 months, and has no BACI value for 2024', () => {
    const rows = rowsOf('reconciliation.csv');
    const y2023 = rows.find((r) => r.year === '2023');
    expect(Number(y2023?.comtrade_usd) / 1e9).toBeCloseTo(111.1, 1);
    expect(y2023?.comtrade_months).toBe('12');
    expect(rows.find((r) => r.year === '2024')?.baci_usd).toBe('');
    expect(rows).toHaveLength(9);
  });

  it('writes flows with plain numbers, the schema columns and the expected row counts', () => {
    const counts = Object.fromEntries(
      manifest.files.filter((f) => f.hs2 === undefined).map((f) => [f.path, f.rows]),
    );
    expect(counts).toMatchObject({
      'flows/comtrade_monthly_totals.csv': 192,
      'flows/imf_russia_partners.csv': 3704,
      'flows/eurostat_eu_sanctioned.csv': 6804 - 189, // Dec 2022 (27 members x 7 partners, all zero) was unpublished at extraction
      'flows/baci_totals.csv': 14,
      'chpl.csv': 50,
      'concordance.csv': 50,
      'events.csv': 2,
    });
    for (const file of manifest.files.filter((f) => f.kind === 'flows')) {
      const text = read(file.path);
      expect(text.split('\n')[0]).toBe(
        'period,freq,exporter,importer,product,value,currency,quantity,quantity_unit,source,basis',
      );
      expect(text).not.toMatch(/\d[eE][+-]?\d/);
    }
  });

  it('lists every partner used in the flows, with M49 for China and Russia and aggregates marked', () => {
    const partners = new Map(rowsOf('partners.csv').map((p) => [p.code, p]));
    expect(partners.get('CHN')).toMatchObject({ m49: '156', kind: 'country' });
    expect(partners.get('RUS')).toMatchObject({ m49: '643', kind: 'country' });
    expect(partners.get('G001')).toMatchObject({ kind: 'aggregate', name: 'World' });
    const used = manifest.files
      .filter((f) => f.kind === 'flows')
      .flatMap((f) => rowsOf(f.path).flatMap((r) => [r.exporter, r.importer]));
    expect(new Set(used)).toEqual(new Set(partners.keys()));
  });

  it('gives each country its ISO alpha-2 from the ISO table, and a Chinese and Russian name to every code ISO does not name', () => {
    const partners = new Map(rowsOf('partners.csv').map((p) => [p.code, p]));
    expect(partners.get('CHN')).toMatchObject({ iso2: 'CN', name_zh: '', name_ru: '' });
    expect(partners.get('KGZ')).toMatchObject({ iso2: 'KG' });
    // The press's short form where Intl's is the official one.
    expect(partners.get('HKG')).toMatchObject({ iso2: 'HK', name_zh: '中国香港', name_ru: 'Гонконг' });
    expect(partners.get('G001')).toMatchObject({ iso2: '', name_zh: '世界', name_ru: 'Мир' });
    for (const row of partners.values()) {
      expect(row.iso2 === '', row.code).toBe(row.iso3 === '');
      if (row.iso2 === '') expect([row.code, row.name_zh, row.name_ru].includes(''), row.code).toBe(false);
    }
    // Every curated partner name translates a partner's current English name (text_translations.csv).
    const stale = parseTranslations(
      rawFile('events', TRANSLATIONS_FILE, readFileSync(path.join(REPO_ROOT, TRANSLATIONS_FILE), 'utf8')),
    ).filter((row) => row.kind === 'partner' && partners.get(row.id)?.name !== row.en);
    expect(stale).toEqual([]);
  });
});
