// What embed.html's inline script (scripts/prerender/early-requests.ts) needs to send a reader's spec's data
// requests from the HTML, before the embed's scripts have arrived: which flow files each product token of each
// dataset reads. Computed by the build from the app's own rules (earlyFilesForSpec, the DATASETS registry, the
// URL codec's tokens and the build's manifest), never copied by hand, so the script and the app cannot disagree
// on a file. Only what the spec alone decides is listed; anything else (an HS code, whose file depends on the
// concordance or the manifest; a breakdown or a share, which add files; an older link version; a pinned data
// version) is absent, and the script then sends nothing: the app fetches as it always did.
import { TIER_ORDER } from '../data/tiers';
import { readsChapterFiles, earlyFilesForSpec } from '../query/early-files';
import { DATASETS } from '../spec/datasets';
import { DEFAULT_SPEC, defaultSpecFor } from '../spec/defaults';
import { DATASET_IDS, MAX_SERIES, productKey } from '../spec/fields';
import { EMBED_PARAMS } from '../spec/embed-params';
import { MAX_LINK_LENGTH } from '../spec/link-length';
import { CURRENT_SPEC_VERSION } from '../spec/migrations';
import type { ChartSpec, DatasetId, ProductSelector } from '../spec/schema';

/** The products a token names on its own, whatever the data: a code's file depends on the data, so is left out. */
const SELECTORS: readonly ProductSelector[] = [
  { kind: 'chpl-all' },
  { kind: 'total' },
  { kind: 'eu-sanctioned' },
  ...TIER_ORDER.map((tier): ProductSelector => ({ kind: 'tier', tier })),
];

/**
 * Parameters that never change which flow files a spec reads (filesForSpec reads the dataset, the products, the
 * breakdown, the transform and the events, whose file the HTML holds). A link with any other parameter is left
 * to the app. A test runs the script against the app's parser on random links (tests/unit/embed/).
 */
export const FILE_NEUTRAL_PARAMS: readonly string[] = [
  'f',
  'pt',
  'from',
  'to',
  'm',
  'c',
  'sc',
  'n',
  'ev',
  'br',
  'view',
  'cmp',
  'cc',
  EMBED_PARAMS.controls,
  EMBED_PARAMS.theme,
  EMBED_PARAMS.lang,
];

export interface EarlyRequestTable {
  /** The spec version the table is for (`v=`): a link of another version is migrated first, so left alone. */
  v: string;
  /** Parameters the script may see besides `v`, `d` and `p`. */
  ok: readonly string[];
  /** The dataset of a link without `d=`. */
  d: DatasetId;
  /** At most this many product tokens (the URL codec's cap: a token beyond it is dropped, its file not needed). */
  n: number;
  /** The longest query string the app reads (a longer one shows the default chart). */
  max: number;
  /** Dataset -> product token ("" for a link without `p=`) -> the flow files it reads, by path under data/. */
  files: Record<string, Record<string, string[]>>;
}

/** The flow files a spec certainly reads, or null when that depends on more than the spec or the build lacks one. */
function flowFiles(spec: ChartSpec, inBuild: ReadonlySet<string>): string[] | null {
  if (readsChapterFiles(spec)) return null;
  const paths = earlyFilesForSpec(spec)
    .filter((file) => file.kind === 'flows')
    .map((file) => file.path);
  return paths.every((path) => inBuild.has(path)) ? paths : null;
}

/** The table for a build whose manifest lists `inBuild` (paths under data/). */
export function earlyRequestTable(inBuild: ReadonlySet<string>): EarlyRequestTable {
  const files: Record<string, Record<string, string[]>> = {};
  for (const dataset of DATASET_IDS) {
    const capabilities = DATASETS[dataset];
    if (capabilities.inBrowser) continue;
    const base = defaultSpecFor(dataset);
    const tokens: Record<string, string[]> = {};
    const byDefault = flowFiles(base, inBuild);
    if (byDefault) tokens[''] = byDefault;
    for (const selector of SELECTORS) {
      if (!capabilities.productKinds.includes(selector.kind)) continue;
      const paths = flowFiles({ ...base, products: [selector] }, inBuild);
      if (paths) tokens[productKey(selector)] = paths;
    }
    if (Object.keys(tokens).length > 0) files[dataset] = tokens;
  }
  return {
    v: String(CURRENT_SPEC_VERSION),
    ok: FILE_NEUTRAL_PARAMS,
    d: DEFAULT_SPEC.dataset,
    n: MAX_SERIES,
    max: MAX_LINK_LENGTH,
    files,
  };
}
