// embed.html's inline script (scripts/prerender/early-requests.ts) run against the app's own reading of the same
// link: it may only request flow files the app will read for that link, and it requests nothing when it cannot
// be sure. Run in a stand-in window: its `location`, `fetch`, `self` and `document` are the test's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATA_FILES } from '../../../src/data/files';
import { EARLY_RESPONSES } from '../../../src/data/fetch-text';
import { earlyRequestTable } from '../../../src/embed/early-requests';
import { earlyFilesForSpec } from '../../../src/query/early-files';
import { DATASET_IDS, DATASETS } from '../../../src/spec/datasets';
import { parseEmbedParams } from '../../../src/spec/embed-params';
import { scriptHash } from '../../../scripts/csp/policy';
import { earlyRequestScript, withEarlyRequests } from '../../../scripts/prerender/early-requests';

const PAGE = 'https://example.org/charts/embed.html';
/** A build with every file the datasets can read, the optional ones too. */
const IN_BUILD = new Set<string>([
  ...Object.values(DATA_FILES).flatMap((path) => (typeof path === 'string' ? [path] : [])),
  ...DATASET_IDS.flatMap((id) => {
    const { rows } = DATASETS[id];
    return rows === 'baci-split' ? [] : [rows.file];
  }),
]);
const SCRIPT = earlyRequestScript(earlyRequestTable(IN_BUILD), './');

/** The data paths the script requests for `search`, in a stand-in window at PAGE. */
function requested(search: string, script = SCRIPT): string[] {
  const urls: string[] = [];
  const self: Record<string, unknown> = {};
  const fetch = (url: string) => {
    urls.push(url);
    return Promise.resolve(new Response(''));
  };
  const run = new Function('location', 'document', 'fetch', 'self', script) as (...args: unknown[]) => void;
  run({ search }, { baseURI: PAGE }, fetch, self);
  const sent = (self[EARLY_RESPONSES] ?? {}) as Record<string, unknown>;
  expect(Object.keys(sent).sort()).toEqual([...urls].sort());
  return urls.map((url) => url.replace('https://example.org/charts/data/', ''));
}

/** The flow files the app reads for the link, known before its manifest (what it would fetch at once). */
function appFlowFiles(search: string): string[] {
  const { spec } = parseEmbedParams(search);
  return earlyFilesForSpec(spec)
    .filter((file) => file.kind === 'flows')
    .map((file) => file.path);
}

const VALUES: Readonly<Record<string, readonly string[]>> = {
  v: ['1', '0', '2', 'x'],
  d: [...DATASET_IDS, 'bogus', '__proto__'],
  f: ['CHN-RUS', 'RUS:imports', 'RUS-CHN'],
  by: ['hs2', 'none', 'tier'],
  tf: ['share:total', 'share:chpl', 'index:2021', 'yoy'],
  c: ['line', 'stacked-bar', 'table'],
  from: ['2019', '2023-06'],
  m: ['value', 'quantity'],
  cc: ['1'],
  view: ['table'],
  controls: ['0', '1'],
  theme: ['dark'],
  lang: ['ru', 'xx'],
  dv: ['abcdef12'],
  chart: ['chpl-tiers'],
  zz: ['1'],
};
const TOKENS = [
  't:1',
  't:2',
  't:4.B',
  't:9',
  ' t:3.A',
  'chpl',
  'total',
  'eus',
  'h6:854231',
  'h6:850110',
  'h4:8542',
  'h2:85',
  '__proto__',
  '',
];

const linkArb = fc
  .record({
    params: fc.subarray(Object.keys(VALUES)),
    picks: fc.array(fc.nat(), { minLength: 20, maxLength: 20 }),
    products: fc.option(fc.array(fc.constantFrom(...TOKENS), { minLength: 0, maxLength: 22 })),
  })
  .map(({ params, picks, products }) => {
    const pairs = params.map((param, i) => {
      const values = VALUES[param] ?? [''];
      return `${param}=${encodeURIComponent(values[(picks[i] ?? 0) % values.length] ?? '')}`;
    });
    if (products !== null) pairs.push(`p=${products.map(encodeURIComponent).join(',')}`);
    return `?${pairs.join('&')}`;
  });

describe("embed.html's early requests", () => {
  it("requests exactly the bench's reader's spec's flow file, at the address the app reads", () => {
    expect(requested('?v=1&p=t:1,t:2')).toEqual(['flows/baci_chpl.csv']);
    expect(appFlowFiles('?v=1&p=t:1,t:2')).toEqual(['flows/baci_chpl.csv']);
    expect(requested('?v=1&p=total&from=2019&theme=dark')).toEqual(['flows/baci_totals.csv']);
    expect(requested('?v=1&d=comtrade-monthly')).toEqual(['flows/comtrade_monthly_totals.csv']);
  });

  it('requests nothing for a link it cannot be sure of', () => {
    // An HS code (its file depends on the data), a share (a denominator file), an older link, a pinned version,
    // a preset, an unknown parameter, a bad token, a link longer than the app reads.
    for (const search of [
      '?v=1&p=h6:854231',
      '?v=1&p=t:1&tf=share:total',
      '?p=t:1',
      '?v=1&p=t:1&dv=abcdef12',
      '?v=1&chart=chpl-tiers',
      '?v=1&p=t:1&zz=1',
      '?v=1&p=t:9',
      '?v=1&p=__proto__',
      '?v=1&d=__proto__',
      `?v=1&p=t:1&from=${'9'.repeat(4000)}`,
    ])
      expect(requested(search), search).toEqual([]);
  });

  it('only ever requests flow files the app reads for the same link (random links)', () => {
    fc.assert(
      fc.property(linkArb, (search) => {
        const app = new Set(appFlowFiles(search));
        for (const path of requested(search)) expect(app, search).toContain(path);
      }),
      { numRuns: 1000 },
    );
  });

  it("leaves the page-load bench's control link to the app: the same chart, no request from the HTML", () => {
    // scripts/bench/embed-peers.bench.ts measures the reader's spec with and without the early request by it.
    const control = '?v=1&p=t:1,t:2&by=none';
    expect(requested(control)).toEqual([]);
    expect(parseEmbedParams(control).spec).toEqual(parseEmbedParams('?v=1&p=t:1,t:2').spec);
    expect(parseEmbedParams(control).notices).toEqual([]);
  });

  it('builds its table only from files the build has (an optional dataset absent: no request)', () => {
    const without = new Set([...IN_BUILD].filter((path) => path !== DATA_FILES.comtradeChplMonthly));
    const script = earlyRequestScript(earlyRequestTable(without), './');
    expect(requested('?v=1&d=comtrade-chpl-monthly', script)).toEqual([]);
    expect(requested('?v=1&d=comtrade-chpl-monthly')).toEqual([DATA_FILES.comtradeChplMonthly]);
  });

  it('goes before the page module script, and its hash is that of its exact text', () => {
    const html = '<head><meta charset="utf-8" /><script type="module" src="x.js"></script></head>';
    const { html: out, hash } = withEarlyRequests(html, SCRIPT);
    expect(out.indexOf(`<script>${SCRIPT}</script>`)).toBeLessThan(out.indexOf('<script type="module"'));
    expect(hash).toBe(scriptHash(SCRIPT));
    expect(hash).toMatch(/^'sha256-[A-Za-z0-9+/]+={0,2}'$/);
    expect(() => withEarlyRequests('<head></head>', SCRIPT)).toThrow(/no module script/);
  });
});
