// The monthly CHPL fixture (tests/fixtures/app/comtrade_chpl_monthly.csv, made-up values) and a manifest that
// lists it, as a build with a `npm run data:update` snapshot would: its file, source, caveats and edition break.
import { DATA_FILES, SOURCE_IDS } from '../../../src/data/files';
import type { ChplItem, Manifest } from '../../../src/data/schema';
import { fixtureTable } from '../data/fixtures';

export const monthlyRows = fixtureTable('comtrade_chpl_monthly.csv', 'flows').rows;

export const chplItems: ChplItem[] = [
  {
    hs6_2022: '854231',
    tier: '1',
    description: 'Processors and controllers',
    source_url: 'https://example.org/',
  },
  {
    hs6_2022: '854800',
    tier: '2',
    description: 'Electrical parts of machinery',
    source_url: 'https://example.org/',
  },
];

const HASH = 'b'.repeat(64);

/** `manifest` plus the monthly CHPL file and what the pipeline writes beside it. */
export function withMonthlyFile(manifest: Manifest): Manifest {
  return {
    ...manifest,
    sources: [
      ...manifest.sources,
      {
        id: SOURCE_IDS.comtradeChpl,
        title: 'Test China-reported monthly exports of the CHPL codes',
        publisher: 'Test customs publisher',
        url: 'https://example.org/comtrade',
        licence: 'Test terms',
        citation: 'Test citation of the monthly CHPL flows.',
        retrieved: '2099-01-02',
        currency: 'USD',
        frequency: 'M',
        rawFiles: [{ name: 'chpl-monthly.json', sha256: HASH, bytes: 10 }],
        caveats: ['monthly-basis'],
      },
    ],
    files: [
      ...manifest.files,
      {
        path: DATA_FILES.comtradeChplMonthly,
        kind: 'flows',
        description: 'Test monthly CHPL flows.',
        rows: monthlyRows.length,
        bytes: 1000,
        sha256: HASH,
        sources: [SOURCE_IDS.comtradeChpl],
        caveats: ['monthly-basis'],
      },
    ],
    caveats: [
      ...manifest.caveats,
      { id: 'monthly-basis', title: 'China-reported', text: 'China’s export declarations.' },
      { id: 'monthly-editions', title: 'HS editions', text: 'HS 2017 months, then HS 2022 months.' },
    ],
    breaks: [
      ...manifest.breaks,
      {
        id: 'comtrade-chpl-hs2022',
        source: SOURCE_IDS.comtradeChpl,
        after: '2021-12',
        before: '2022-01',
        label: 'From 2022-01: HS 2022 codes',
        caveat: 'monthly-editions',
      },
    ],
  };
}
