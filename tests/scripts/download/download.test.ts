// @vitest-environment node
// `npm run data -- --download` against a mock of every origin on 127.0.0.1 (no real host is ever contacted):
// what each recipe produces, how it is verified (sha256 or rows), reuse of the cache, and the failures.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filterBaciZip } from '../../../scripts/download/baci-zip';
import { DownloadError } from '../../../scripts/download/http';
import { localDataDir } from '../../../scripts/download/mirror';
import { downloadSources, type DownloadOptions } from '../../../scripts/download/run';
import { serialToMonth, xlsxSheetToCsv } from '../../../scripts/download/xlsx-sheet';
import { defaultDataDir } from '../../../scripts/pipeline/resolve';
import type { DownloadRecipe } from '../../../scripts/sources/downloads';
import { BACI_FILE, DOWNLOADS, REGISTRY } from '../../../scripts/sources/registry';
import {
  fakeBaciZip,
  fakeComtrade,
  fakeEurostatXlsx,
  FAKE_IMF_SDMX,
  send,
  startMockOrigins,
  type MockOrigins,
} from './mock-origins';

const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const HS_NAMES = 'product_id,product_hs12_code,product_level,product_name\n1,10620,6,Fake reptiles\n';
const EUROSTAT_CSV =
  'partner,reporter_eu_member,month,sanctioned_export_eur\r\n' +
  'Armenia,Austria,2020-01,111\r\n' +
  "Russian Federation,Belgium (incl. Luxembourg 'LU' -> 1998),2022-12,0\r\n";
const CHPL = 'hs6,tier,description,source_url\n854231,1,Fake,https://example.org/\n';
const HEADLINES = 'claim,value\nfake,1\n';
const EUROSTAT = 'eu-sanctioned-exports-neighbours/eu_export_sanctioned.csv';

const RECIPES: Record<string, DownloadRecipe> = {
  ...DOWNLOADS,
  [BACI_FILE]: {
    method: 'baci-zip',
    url: 'https://www.cepii.fr/DATA_DOWNLOAD/baci/data/BACI_HS17_V202501.zip',
    release: 'V202501',
    expected: {
      '2017 CHN->RUS': { rows: 2, valueThousandUsd: 1048.75 },
      '2017 RUS->CHN': { rows: 1, valueThousandUsd: 35.5 },
      '2018 CHN->RUS': { rows: 1, valueThousandUsd: 12 },
    },
  },
  'comtrade-china-russia-monthly-totals/panel_monthly_var.csv': {
    method: 'comtrade-totals',
    part: 'panel',
    from: '2023-01',
    to: '2023-02',
  },
  'comtrade-china-russia-monthly-totals/comtrade_imports_chn_from_rus_2017_2024.csv': {
    method: 'comtrade-totals',
    part: 'imports',
    from: '2023-01',
    to: '2023-02',
  },
  [EUROSTAT]: {
    ...(DOWNLOADS[EUROSTAT] as Extract<DownloadRecipe, { method: 'xlsx-sheet' }>),
    sha256: sha(fakeEurostatXlsx()),
  },
};

const FAKE_WORKBOOK = 'fake xlsx bytes';
const FAKE_H5 = '{"results":[]}';
const CONCORDANCE_RAW =
  'raw.githubusercontent.com/insongkim/concordance/201c812e51f213d967d8701b6ed6398c79df4a04/data-raw';

const PINS = {
  'hs-product-names/product_hs12.csv': sha(HS_NAMES),
  'hs-classification/HS2022toHS2017ConversionAndCorrelationTables.xlsx': sha(FAKE_WORKBOOK),
  'hs-classification/classificationH5.json': sha(FAKE_H5),
  [EUROSTAT]: sha(EUROSTAT_CSV),
  'chpl.csv': sha(CHPL),
  'headline_figures.csv': sha(HEADLINES),
};

const ROUTES = {
  'www.cepii.fr/DATA_DOWNLOAD/baci/data/BACI_HS17_V202501.zip': send(fakeBaciZip(), 'application/zip'),
  'comtradeapi.un.org/public/v1/preview/C/M/HS': fakeComtrade,
  'api.imf.org/external/sdmx/2.1/data/IMF.STA,IMTS/RUS.MG_CIF_USD+XG_FOB_USD..A': send(FAKE_IMF_SDMX),
  'raw.githubusercontent.com/vzemlys/ruimpeks/4a0d83fb826111d173fcdd66bdf31cd3fecb862b/xlsx/eu_export_sanctioned.xlsx':
    send(fakeEurostatXlsx()),
  'raw.githubusercontent.com/SamiNakibETU/Russia_China_relationship/239100644f1e119454aa5a564620e76ee6a1bb95/russia_china_dependency/01_raw_data/complexity/classifications/product_hs12.csv':
    send(HS_NAMES),
  [`${CONCORDANCE_RAW}/HS2022toHS2017ConversionAndCorrelationTables.xlsx`]: send(FAKE_WORKBOOK),
  [`${CONCORDANCE_RAW}/classificationH5.json`]: send(FAKE_H5),
};

let mock: MockOrigins;
let cache = '';
let logs: string[] = [];

function options(overrides: Partial<DownloadOptions> = {}): DownloadOptions {
  return {
    cacheDir: cache,
    fetch: mock.fetch,
    log: (m) => logs.push(m),
    env: {},
    recipes: RECIPES,
    pins: PINS,
    comtradeIntervalMs: 0,
    now: () => new Date(Date.UTC(2025, 0, 2)),
    ...overrides,
  };
}

function placeManualFiles(): void {
  writeFileSync(path.join(cache, 'chpl.csv'), CHPL);
  writeFileSync(path.join(cache, 'headline_figures.csv'), HEADLINES);
}

beforeEach(async () => {
  mock = await startMockOrigins(ROUTES);
  cache = mkdtempSync(path.join(os.tmpdir(), 'raw-download-'));
  logs = [];
});

afterEach(async () => {
  await mock.close();
  rmSync(cache, { recursive: true, force: true });
});

const cached = (name: string) => readFileSync(path.join(cache, name), 'utf8');

describe('downloadSources', () => {
  it('rebuilds BACI from the streamed release zip: China<->Russia rows only, in the copied layout', async () => {
    placeManualFiles();
    await downloadSources(options());
    expect(cached(BACI_FILE)).toBe(
      't,i,j,k,v,q\n2017,156,643,10620,48.500,3.100\n2017,156,643,854231,1000.250,\n' +
        '2017,643,156,970600,35.500,0.076\n2018,156,643,847150,12.000,0.500\n',
    );
  });

  it('verifies copies by sha256 and rebuilt files by rows, and hands the build their hashes', async () => {
    placeManualFiles();
    const outcome = await downloadSources(options());
    const verified = Object.fromEntries(outcome.files.map((f) => [f.name, f.verified]));
    expect(verified).toMatchObject({
      [BACI_FILE]: 'rows',
      'imf-imts-russia/RU_trade.csv': 'rows',
      'comtrade-china-russia-monthly-totals/panel_monthly_var.csv': 'rows',
      'hs-product-names/product_hs12.csv': 'sha256',
      [EUROSTAT]: 'sha256',
      'chpl.csv': 'sha256',
    });
    expect(outcome.dataDir).toBe(cache);
    expect(outcome.expectedSha256[BACI_FILE]).toBe(sha(cached(BACI_FILE)));
    expect(outcome.expectedSha256['hs-product-names/product_hs12.csv']).toBeUndefined();
    expect(cached(EUROSTAT)).toBe(EUROSTAT_CSV);
    const report = JSON.parse(cached('downloads.json')) as { files: { name: string; origin: string }[] };
    expect(report.files.find((f) => f.name === BACI_FILE)?.origin).toBe(
      'https://www.cepii.fr/DATA_DOWNLOAD/baci/data/BACI_HS17_V202501.zip',
    );
    expect(mock.asked.every((url) => url.startsWith('https://'))).toBe(true);
  });

  it('asks Comtrade month by month (preview) and writes both files the parser cross-checks', async () => {
    placeManualFiles();
    await downloadSources(options());
    expect(cached('comtrade-china-russia-monthly-totals/panel_monthly_var.csv')).toBe(
      'date,CHN_exp_to_RUS_bn,RUS_exp_to_CHN_bn\n2023-01-01,1.000000001,2.000000002\n2023-02-01,1.000000001,2.000000002\n',
    );
    const comtradeAsks = mock.asked.filter((u) => u.includes('comtradeapi'));
    expect(comtradeAsks.map((u) => new URL(u).searchParams.get('period'))).toEqual(['202301', '202302']);
    expect(new URL(comtradeAsks[0] ?? '').searchParams.get('cmdCode')).toBe('TOTAL');
  });

  it('pivots the IMF SDMX observations into the portal layout', async () => {
    placeManualFiles();
    await downloadSources(options());
    const lines = cached('imf-imts-russia/RU_trade.csv').trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('"RUS.MG_CIF_USD.CHN.A","OBS_VALUE","RUS","Russian Federation","MG_CIF_USD"');
    expect(lines[1]).toMatch(/"Millions","MG","Imports of goods","","","","","","111.5","222.25","",""$/);
  });

  it('reuses verified files on the next run: nothing is fetched again', async () => {
    placeManualFiles();
    await downloadSources(options());
    const first = mock.asked.length;
    const second = await downloadSources(options());
    expect(mock.asked.length).toBe(first);
    expect(second.files.find((f) => f.name === BACI_FILE)?.downloadedAt).toBe('2025-01-02T00:00:00.000Z');
  });

  it('stops on chpl.csv, which no origin produces, saying why and where to put it, after fetching the rest', async () => {
    const error = await downloadSources(options()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DownloadError);
    const message = (error as Error).message;
    expect(message).toContain('chpl.csv: BIS publishes the Common High Priority List as a web page');
    expect(message).toContain(`sha256 ${PINS['chpl.csv']}`);
    expect(message).toContain('set DATA_MIRROR to that folder');
    expect(message).toContain(path.join(cache, 'chpl.csv'));
    // The optional headline figures are not a reason to stop.
    expect(message).not.toContain('headline_figures.csv');
    expect(existsSync(path.join(cache, BACI_FILE))).toBe(true);
  });

  it('names the local copy’s path for chpl.csv when there is a local copy', async () => {
    const local = mkdtempSync(path.join(os.tmpdir(), 'raw-local-'));
    try {
      const error = await downloadSources(options({ localDir: local })).catch((e: unknown) => e);
      expect((error as Error).message).toContain(
        `put it at ${path.join(local, 'chpl.csv')} (your local copy)`,
      );
    } finally {
      rmSync(local, { recursive: true, force: true });
    }
  });

  it('completes without the headline figures, which it reports as not included', async () => {
    writeFileSync(path.join(cache, 'chpl.csv'), CHPL);
    const outcome = await downloadSources(options());
    expect(outcome.files.map((f) => f.name)).not.toContain('headline_figures.csv');
    expect(outcome.paths['headline_figures.csv']).toBeUndefined();
    expect(outcome.paths['chpl.csv']).toBe(path.join(cache, 'chpl.csv'));
    expect(logs.some((line) => /headline_figures\.csv: not included/.test(line))).toBe(true);
  });

  it('reads what the local copy has in place and downloads only the rest', async () => {
    const local = mkdtempSync(path.join(os.tmpdir(), 'raw-local-'));
    try {
      writeFileSync(path.join(local, 'chpl.csv'), CHPL);
      mkdirSync(path.join(local, 'hs-product-names'));
      writeFileSync(path.join(local, 'hs-product-names/product_hs12.csv'), HS_NAMES);
      const outcome = await downloadSources(options({ localDir: local }));
      expect(outcome.paths['chpl.csv']).toBe(path.join(local, 'chpl.csv'));
      expect(outcome.paths['hs-product-names/product_hs12.csv']).toBe(
        path.join(local, 'hs-product-names/product_hs12.csv'),
      );
      expect(outcome.paths[BACI_FILE]).toBe(path.join(cache, BACI_FILE));
      expect(mock.asked.some((url) => url.includes('product_hs12.csv'))).toBe(false);
      expect(existsSync(path.join(cache, 'hs-product-names/product_hs12.csv'))).toBe(false);
      const chpl = outcome.files.find((f) => f.name === 'chpl.csv');
      expect(chpl).toMatchObject({
        method: 'local',
        origin: path.join(local, 'chpl.csv'),
        verified: 'sha256',
      });
    } finally {
      rmSync(local, { recursive: true, force: true });
    }
  });

  it('refuses a file in the local copy that differs from its pin', async () => {
    const local = mkdtempSync(path.join(os.tmpdir(), 'raw-local-'));
    try {
      writeFileSync(path.join(local, 'chpl.csv'), `${CHPL}extra\n`);
      await expect(downloadSources(options({ localDir: local }))).rejects.toThrow(
        /chpl\.csv in the local copy .* not the pinned/,
      );
    } finally {
      rmSync(local, { recursive: true, force: true });
    }
  });

  it('refuses a copy whose bytes differ from the pin', async () => {
    placeManualFiles();
    const pins = { ...PINS, 'hs-product-names/product_hs12.csv': 'f'.repeat(64) };
    await expect(downloadSources(options({ pins }))).rejects.toThrow(
      /product_hs12.csv: sha256 [0-9a-f]{64} differs/,
    );
  });

  it('refuses a BACI download whose rows differ from the release we pinned', async () => {
    placeManualFiles();
    const recipe = RECIPES[BACI_FILE] as Extract<DownloadRecipe, { method: 'baci-zip' }>;
    const expected = { ...recipe.expected, '2018 CHN->RUS': { rows: 2, valueThousandUsd: 12 } };
    const recipes = { ...RECIPES, [BACI_FILE]: { ...recipe, expected } };
    await expect(downloadSources(options({ recipes }))).rejects.toThrow(
      'baci: the download differs from release V202501: 2018 CHN->RUS: 1 rows, expected 2',
    );
  });

  it('gives up on an origin that keeps failing, naming the URL', async () => {
    placeManualFiles();
    const failing = {
      ...RECIPES,
      'hs-product-names/product_hs12.csv': {
        method: 'copy' as const,
        url: 'https://example.invalid/gone.csv',
      },
    };
    await expect(downloadSources(options({ recipes: failing }))).rejects.toThrow(
      'GET https://example.invalid/gone.csv failed: HTTP 404',
    );
  });
});

describe('recipes and helpers', () => {
  it('gives every raw file of the registry a download recipe', () => {
    const files = Object.values(REGISTRY).flatMap((s) =>
      s.files.filter((f) => f.root === 'data').map((f) => f.name),
    );
    expect(files.filter((name) => !DOWNLOADS[name])).toEqual([]);
  });

  it('streams a zip arriving in 7-byte chunks', async () => {
    const zip = fakeBaciZip();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < zip.length; i += 7) controller.enqueue(zip.subarray(i, i + 7));
        controller.close();
      },
    });
    const result = await filterBaciZip(body, 'V202501', () => undefined);
    expect(result.years).toEqual(['2017', '2018']);
    expect(result.csv.split('\n')).toHaveLength(6);
  });

  it('turns the real pinned Eurostat xlsx into the byte-identical pinned CSV', () => {
    const xlsx = readFileSync(
      path.join(defaultDataDir(), 'eu-sanctioned-exports-neighbours/eu_export_sanctioned.xlsx'),
    );
    const recipe = DOWNLOADS[EUROSTAT] as Extract<DownloadRecipe, { method: 'xlsx-sheet' }>;
    expect(sha(xlsx)).toBe(recipe.sha256);
    expect(sha(xlsxSheetToCsv(new Uint8Array(xlsx), recipe.columns))).toBe(
      REGISTRY.eurostat.files[0]?.sha256,
    );
  });

  it('reads Excel date serials as months', () => {
    expect(serialToMonth(43831)).toBe('2020-01');
    expect(serialToMonth(44896)).toBe('2022-12');
  });

  it('uses a local copy first: DATA_MIRROR, else ../shared/data-sources', () => {
    expect(localDataDir({ DATA_MIRROR: '/some/mirror' }, cache)).toBe('/some/mirror');
    expect(localDataDir({}, cache)).toBeNull();
    mkdirSync(path.join(cache, 'repo'));
    mkdirSync(path.join(cache, 'shared/data-sources'), { recursive: true });
    expect(localDataDir({}, path.join(cache, 'repo'))).toBe(path.join(cache, 'shared/data-sources'));
  });
});
