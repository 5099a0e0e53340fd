// @vitest-environment node
// The story's findings on the REAL public/data files, each figure checked against the same quantity computed
// here independently: own line splitting, own code -> tier table, own sums. Run `npm run data` first.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../../../src/story/sections';
import { eur, percent, usd, usdBillions } from '../../../src/story/facts/format';
import type { Finding } from '../../../src/story/facts/types';
import { dataText, realStoryData } from './real-story-data';

const data = realStoryData();
const text = dataText;

// ---- Independent reading: flow files have no quoted fields, so a line split is enough. ----
type Raw = Record<string, string>;
function raw(file: string): Raw[] {
  const [header, ...lines] = text(file).trim().split('\n');
  const columns = (header ?? '').split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [columns[i], cell])));
}
const sum = (rows: Raw[], keep: (row: Raw) => boolean) =>
  rows.filter(keep).reduce((total, row) => total + Number(row.value), 0);

const TIERS: Record<string, string[]> = {
  '1': ['854231', '854232', '854233', '854239'],
  '4.B': ['845710', '845811', '845891', '845961', '846693'],
};
const ALL_CHPL = new Set(
  ' 854231 854232 854233 854239 851762 852691 853221 853224 854890 847150 850440 851769 852580 852910 852990 853669 853690 854110 854121 854129 854130 854140 854150 854160 848210 848220 848230 848250 880330 901310 901380 901420 901480 847180 848610 848620 848640 853400 854320 902750 903020 903032 903039 903082 845710 845811 845891 845961 846693'
    .trim()
    .split(' '),
);
const baci = raw('flows/baci_chpl.csv').filter((r) => r.exporter === 'CHN' && r.importer === 'RUS');
const tier = (t: string, year: string) =>
  sum(baci, (r) => r.period === year && TIERS[t]!.includes(r.product!));
const chplAll = (year: string) => sum(baci, (r) => r.period === year && ALL_CHPL.has(r.product!));
const totals = raw('flows/baci_totals.csv');
const total = (year: string) =>
  sum(totals, (r) => r.exporter === 'CHN' && r.importer === 'RUS' && r.period === year);
const imf = raw('flows/imf_russia_partners.csv');
const imports = (partner: string, year: string) =>
  sum(imf, (r) => r.exporter === partner && r.importer === 'RUS' && r.period === year);
const eurostat = raw('flows/eurostat_eu_sanctioned.csv');
// The last month of 2022 with any value (later months were unpublished at extraction and read 0).
const euLastMonth = ['12', '11', '10', '09', '08', '07', '06', '05', '04', '03'].find(
  (month) => sum(eurostat, (r) => r.period === `2022-${month}`) > 0,
);
const euTo = (importer: string, year: string) =>
  sum(
    eurostat,
    (r) => r.importer === importer && r.period! >= `${year}-03` && r.period! <= `${year}-${euLastMonth}`,
  );
const comtrade = raw('flows/comtrade_monthly_totals.csv').filter((r) => r.exporter === 'CHN');
const months = (from: string, to: string) => sum(comtrade, (r) => r.period! >= from && r.period! <= to);
const headlineValue = (id: string) => {
  const rows = Papa.parse<Raw>(text('headline_figures.csv'), { header: true, skipEmptyLines: true }).data;
  return rows.find((r) => r.id === id)?.value;
};

function findingOf(stepId: string): Finding {
  const step = SECTIONS.flatMap((s) => s.steps).find((s) => s.id === stepId);
  if (!step) throw new Error(`no step ${stepId}`);
  return step.finding(data);
}

function expectShown(finding: Finding, name: string, expected: number, shown: (v: number) => string) {
  const actual = finding.figures[name];
  expect(actual, name).not.toBeNull();
  expect((actual as number) / expected, name).toBeCloseTo(1, 9);
  expect(finding.sentences.join(' '), name).toContain(shown(expected));
}

describe('story findings on the real data', () => {
  it('section 1: CHPL totals by year', () => {
    const finding = findingOf('tiers');
    for (const year of ['2021', '2022', '2023']) expectShown(finding, `chpl${year}`, chplAll(year), usd);
  });

  it('section 2: tier 1 (chips) 2021 -> 2022 beside the published GACC/WSJ figure', () => {
    const finding = findingOf('tier-1');
    for (const year of ['2021', '2022', '2023']) expectShown(finding, `tier1_${year}`, tier('1', year), usd);
    expect(finding.figures.change2021to2022).toBeCloseTo(tier('1', '2022') / tier('1', '2021'), 9);
    const published = Number(headlineValue('chinas-exports-of-integrated-circuits-to-russia-2022')) * 1e6;
    expectShown(finding, 'published2022', published, usd);
    expectShown(finding, 'published2021', 74e6, usd);
  });

  it('section 2: tier 4.B (machine tools) 2021 -> 2023', () => {
    const finding = findingOf('tier-4b');
    for (const year of ['2021', '2022', '2023'])
      expectShown(finding, `tier4b_${year}`, tier('4.B', year), usd);
    const ratio = tier('4.B', '2023') / tier('4.B', '2021');
    expectShown(finding, 'change2021to2023', ratio, (r) => `${r.toFixed(1)} times`);
    const lastYear = tier('4.B', '2023') / tier('4.B', '2022');
    expectShown(finding, 'change2022to2023', lastYear, (r) => `${r.toFixed(1)} times 2022`);
    expectShown(finding, 'shareOfChpl2023', tier('4.B', '2023') / chplAll('2023'), percent);
  });

  it('section 3: CHPL share of all China -> Russia exports by year', () => {
    const finding = findingOf('chpl-share');
    for (const year of ['2021', '2022', '2023']) {
      expectShown(finding, `share${year}`, chplAll(year) / total(year), percent);
    }
  });

  it('section 4: China’s and the EU’s shares of Russia’s imports (IMF), 2021 vs 2023', () => {
    const finding = findingOf('russia-imports');
    for (const year of ['2021', '2023']) {
      expectShown(finding, `chinaShare${year}`, imports('CHN', year) / imports('G001', year), percent);
      expectShown(finding, `euShare${year}`, imports('G998', year) / imports('G001', year), percent);
    }
    expect(finding.sentences.join(' ')).toContain('IMF estimates');
  });

  it('section 4: the other partners’ shares of Russia’s imports (IMF), 2021 vs 2023', () => {
    const finding = findingOf('russia-import-shares');
    for (const code of ['TUR', 'KAZ', 'KGZ', 'ARM', 'HKG', 'ARE']) {
      for (const year of ['2021', '2023']) {
        expectShown(finding, `${code}_${year}`, imports(code, year) / imports('G001', year), percent);
      }
    }
  });

  it('section 4: EU sanctioned exports to Kazakhstan, Kyrgyzstan, Armenia and Russia, before vs after', () => {
    const finding = findingOf('eu-neighbours');
    for (const code of ['KAZ', 'KGZ', 'ARM', 'RUS']) {
      expectShown(finding, `${code}_before`, euTo(code, '2021'), eur);
      expectShown(finding, `${code}_after`, euTo(code, '2022'), eur);
    }
  });

  it('section 5: China’s reported exports per year and the GACC Jan–Oct 2023 total beside our sum', () => {
    const finding = findingOf('monthly-totals');
    for (const year of ['2021', '2023', '2024']) {
      expectShown(finding, `exports${year}`, months(`${year}-01`, `${year}-12`), usd);
    }
    expectShown(finding, 'ourJanOct2023', months('2023-01', '2023-10'), usdBillions);
    const gacc = headlineValue('chinas-total-exports-to-russia-2023-01-2023-10') ?? '';
    expectShown(finding, 'gaccJanOct2023', Number(gacc.split(' ')[0]) * 1e9, usdBillions);
  });

  it('every step’s finding has sentences and no NaN or "no data" where the data has values', () => {
    for (const step of SECTIONS.flatMap((s) => s.steps)) {
      const finding = step.finding(data);
      expect(finding.sentences.length, step.id).toBeGreaterThan(0);
      expect(finding.sentences.join(' '), step.id).not.toMatch(/NaN|undefined|no data/);
    }
  });
});
