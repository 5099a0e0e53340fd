// ChartSpec <-> URL. The URL holds only what differs from the defaults of the spec's dataset, plus `v=`.
// Reading never throws: each parameter is read on its own, and one that cannot be used falls back to its
// default with a notice naming it.
import { reconcileSpec, specIssues } from './consistency';
import { DEFAULT_SPEC, defaultSpecFor } from './defaults';
import { CURRENT_SPEC_VERSION, migrateParams, SPEC_MIGRATIONS, type ParamMigration } from './migrations';
import { notice, type SpecNotice } from './notices';
import { DATASET_IDS } from './fields';
import { LINK_REFUSED_PARAM, linkTooLongNotice, MAX_LINK_LENGTH } from './link-length';
import type { ChartSpec, DatasetId } from './schema';
import { FIELD_CODECS } from './url-fields';
import { readOneOf } from './url-values';

const DATASET_PARAM = 'd';
const VERSION_PARAM = 'v';
/** Every parameter a spec link may hold, in writing order. Tests and fuzzers read it rather than a copy. */
export const SPEC_PARAMS: readonly string[] = [
  VERSION_PARAM,
  DATASET_PARAM,
  ...FIELD_CODECS.map((codec) => codec.param),
];
const KNOWN_PARAMS: ReadonlySet<string> = new Set(SPEC_PARAMS.filter((param) => param !== VERSION_PARAM));

export interface ParseOptions {
  /** Parameters that belong to someone else (e.g. the app's data-version pin): neither read nor reported. */
  ignore?: readonly string[];
  /** For tests of the migration mechanism; the app uses the defaults. */
  migrations?: Readonly<Record<number, ParamMigration>>;
  currentVersion?: number;
}

export interface ParsedSpec {
  spec: ChartSpec;
  notices: SpecNotice[];
}

export function specToSearchParams(spec: ChartSpec): URLSearchParams {
  const params = new URLSearchParams({ [VERSION_PARAM]: String(CURRENT_SPEC_VERSION) });
  if (spec.dataset !== DEFAULT_SPEC.dataset) params.set(DATASET_PARAM, spec.dataset);
  const base = defaultSpecFor(spec.dataset);
  for (const codec of FIELD_CODECS) {
    const text = codec.write(spec);
    if (text !== '' && text !== codec.write(base)) params.set(codec.param, text);
  }
  return params;
}

/** The query string without needless escapes: `v=1&p=t:4.B,h6:854231` rather than `p=t%3A4.B%2Ch6%3A854231`. */
export function specToQueryString(spec: ChartSpec): string {
  return [...specToSearchParams(spec)]
    .map(
      ([key, value]) =>
        `${encodeURIComponent(key)}=${encodeURIComponent(value).replace(/%2C/g, ',').replace(/%3A/g, ':')}`,
    )
    .join('&');
}

export function parseSearchParams(input: URLSearchParams | string, options: ParseOptions = {}): ParsedSpec {
  const { migrations = SPEC_MIGRATIONS, currentVersion = CURRENT_SPEC_VERSION } = options;
  const refused = refusedLength(input);
  if (refused !== null) return { spec: DEFAULT_SPEC, notices: [linkTooLongNotice(refused)] };
  const notices: SpecNotice[] = [];
  const raw = firstValues(new URLSearchParams(input), new Set(options.ignore ?? []), notices);
  const version = readVersion(raw.get(VERSION_PARAM), currentVersion, notices);
  raw.delete(VERSION_PARAM);
  const params = migrateParams(raw, version, migrations, currentVersion);
  for (const [key, value] of params) {
    if (!KNOWN_PARAMS.has(key)) notices.push(notice(key, value, { id: 'notice.unknown' }));
  }
  const read = readFields(params, readDataset(params.get(DATASET_PARAM), notices), notices);
  const reconciled = reconcileSpec(read);
  notices.push(...reconciled.notices);
  // Each codec yields only valid fields, so the spec is valid once the rules between fields hold
  // (tests check every parsed spec against the zod chartSpec). Kept so a bad link never breaks the page.
  if (specIssues(reconciled.spec).length > 0) {
    return {
      spec: defaultSpecFor(read.dataset),
      notices: [...notices, notice('', '', { id: 'notice.unreadable' })],
    };
  }
  return { spec: reconciled.spec, notices };
}

/** The length of a link too long to read: given as text, or as the explorer router's refusal marker. */
function refusedLength(input: URLSearchParams | string): number | null {
  if (typeof input === 'string') return input.length > MAX_LINK_LENGTH ? input.length : null;
  const marker = input.get(LINK_REFUSED_PARAM);
  return marker !== null && /^\d{1,12}$/.test(marker) && Number(marker) > MAX_LINK_LENGTH
    ? Number(marker)
    : null;
}

function firstValues(
  input: URLSearchParams,
  ignore: ReadonlySet<string>,
  notices: SpecNotice[],
): Map<string, string> {
  const first = new Map<string, string>();
  for (const [key, value] of input) {
    if (ignore.has(key)) continue;
    if (first.has(key)) notices.push(notice(key, value, { id: 'notice.twice' }));
    else first.set(key, value);
  }
  return first;
}

/** No `v=` is a link from before versioning (version 0). */
function readVersion(raw: string | undefined, current: number, notices: SpecNotice[]): number {
  if (raw === undefined) return 0;
  const version = /^\d{1,4}$/.test(raw) ? Number(raw) : NaN;
  if (version <= current) return version;
  const v = String(current);
  notices.push(
    notice(VERSION_PARAM, raw, { id: Number.isNaN(version) ? 'notice.v-nan' : 'notice.v-new', v }),
  );
  return current;
}

function readDataset(raw: string | undefined, notices: SpecNotice[]): DatasetId {
  if (raw === undefined) return DEFAULT_SPEC.dataset;
  const parsed = readOneOf(DATASET_IDS, raw);
  if (parsed.ok) return parsed.value;
  notices.push(notice(DATASET_PARAM, raw, { id: 'notice.dataset' }));
  return DEFAULT_SPEC.dataset;
}

function readFields(
  params: ReadonlyMap<string, string>,
  dataset: DatasetId,
  notices: SpecNotice[],
): ChartSpec {
  let spec = defaultSpecFor(dataset);
  for (const codec of FIELD_CODECS) {
    const raw = params.get(codec.param);
    if (raw === undefined) continue;
    if (raw.trim() === '') {
      notices.push(notice(codec.param, raw, { id: 'notice.empty' }));
      continue;
    }
    const result = codec.read(raw, spec);
    if (result.ok) {
      spec = result.spec;
      notices.push(...(result.notices ?? []));
    } else {
      notices.push(notice(codec.param, raw, { id: 'notice.default', why: result.reason }));
    }
  }
  return spec;
}
