// The monthly CHPL datasets in the spec: their rules (what falls back, with which notice), links that round-trip,
// and whether a build offers them (only when its manifest lists the monthly file).
import { describe, expect, it } from 'vitest';
import { DATA_FILES } from '../../../src/data/files';
import { datasetOffered, missingDatasetFile } from '../../../src/query/dataset-availability';
import { withBuildDatasets } from '../../../src/query/dataset-fallback';
import { DEFAULT_SPEC, defaultSpecFor, parseSearchParams, specToSearchParams } from '../../../src/spec';
import { chartSpec } from '../../../src/spec/schema';
import { fixtureManifest } from '../data/fixtures';
import { withMonthlyFile } from '../query/chpl-monthly-fixtures';
import { worded } from './worded-notices';

const parse = (query: string) => parseSearchParams(query);
const params = (query: string) => parse(query).notices.map((n) => n.param);

describe('monthly CHPL datasets: rules', () => {
  it('default to tiers China -> Russia, and CHPL goods to Russia and the transit partners', () => {
    const tiers = defaultSpecFor('comtrade-chpl-monthly');
    expect(chartSpec.safeParse(tiers).success).toBe(true);
    expect(tiers.flow).toEqual({ kind: 'bilateral', exporter: 'CHN', importer: 'RUS' });
    expect(tiers.products).toHaveLength(6);
    const partners = defaultSpecFor('comtrade-chpl-partners');
    expect(chartSpec.safeParse(partners).success).toBe(true);
    expect(partners.flow).toMatchObject({ reporter: 'CHN', direction: 'exports' });
    expect(partners.flow.kind === 'partners' && partners.flow.partners).toEqual([
      'RUS',
      'HKG',
      'KAZ',
      'KGZ',
      'ARM',
      'TUR',
      'ARE',
      'BLR',
    ]);
  });

  it('read a link with HS 2022 codes, quantities, shares of CHPL and monthly transforms without a notice', () => {
    for (const query of [
      'v=1&d=comtrade-chpl-monthly&p=t:1,h6:854149&m=quantity&from=2022-01',
      'v=1&d=comtrade-chpl-monthly&tf=share:chpl',
      'v=1&d=comtrade-chpl-monthly&tf=roll:12&c=stacked-area',
      'v=1&d=comtrade-chpl-monthly&tf=yoy&by=hs6',
      'v=1&d=comtrade-chpl-partners&pt=RUS,HKG&p=t:4.B&tf=index:2021-12',
    ]) {
      const { spec, notices } = parse(query);
      expect(notices, query).toEqual([]);
      expect(parse(specToSearchParams(spec).toString()).spec, query).toEqual(spec);
    }
  });

  it('fall back, with a notice naming the parameter, for what the monthly CHPL data cannot show', () => {
    expect(params('v=1&d=comtrade-chpl-monthly&p=total')).toEqual(['p']);
    expect(params('v=1&d=comtrade-chpl-monthly&p=h4:8542')).toEqual(['p']);
    expect(params('v=1&d=comtrade-chpl-monthly&f=RUS-CHN')).toEqual(['f']);
    expect(params('v=1&d=comtrade-chpl-monthly&by=hs4')).toEqual(['by']);
    expect(params('v=1&d=comtrade-chpl-monthly&tf=share:total')).toEqual(['tf']);
    expect(params('v=1&d=comtrade-chpl-monthly&tf=index:2021')).toEqual(['tf']);
    // By partner, a share of all CHPL goods has no one denominator: only the series shown.
    expect(params('v=1&d=comtrade-chpl-partners&tf=share:chpl')).toEqual(['tf']);
    expect(parse('v=1&d=comtrade-chpl-monthly&p=total').spec.products).toEqual(
      defaultSpecFor('comtrade-chpl-monthly').products,
    );
  });
});

describe('monthly CHPL datasets: offered only when the build has the file', () => {
  const without = fixtureManifest();
  const withFile = withMonthlyFile(without);

  it('names the missing file, for the monthly datasets only', () => {
    expect(missingDatasetFile('comtrade-chpl-monthly', without)).toBe(DATA_FILES.comtradeChplMonthly);
    expect(missingDatasetFile('comtrade-chpl-partners', without)).toBe(DATA_FILES.comtradeChplMonthly);
    expect(missingDatasetFile('comtrade-chpl-monthly', withFile)).toBeNull();
    expect(missingDatasetFile('baci-hs6', without)).toBeNull();
  });

  it('is not offered until the manifest is known to list the file', () => {
    expect(datasetOffered('comtrade-chpl-monthly', undefined)).toBe(false);
    expect(datasetOffered('comtrade-chpl-monthly', without)).toBe(false);
    expect(datasetOffered('comtrade-chpl-monthly', withFile)).toBe(true);
    expect(datasetOffered('imf-partners', undefined)).toBe(true);
  });

  it('a link asking for it in a build without it gets the default chart and a notice on `d`', () => {
    const parsed = parse('v=1&d=comtrade-chpl-monthly&tf=yoy');
    const fallback = withBuildDatasets(parsed, without);
    expect(fallback.spec).toEqual(DEFAULT_SPEC);
    expect(worded(fallback.notices)).toEqual([
      {
        param: 'd',
        value: 'comtrade-chpl-monthly',
        message: `this build has no such data (${DATA_FILES.comtradeChplMonthly} is not in its manifest); showing the default chart`,
      },
    ]);
    expect(withBuildDatasets(parsed, withFile)).toBe(parsed);
    expect(withBuildDatasets(parsed, undefined)).toBe(parsed);
  });
});
