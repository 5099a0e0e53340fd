// The embed's own URL parameters (beside the chart spec's): which preset, controls on/off, theme, data-version
// pin. Reading never throws: a value that cannot be used falls back to its default with a notice, like the spec.
import {
  DEFAULT_SPEC,
  parseSearchParams,
  PRESETS,
  specToQueryString,
  type ChartSpec,
  type SpecNotice,
} from '.';
import { BAD_LANG_MESSAGE, isLocale, LANG_PARAM, type Locale } from '../i18n/locales';
import { linkTooLongNotice, MAX_LINK_LENGTH } from './link-length';
import { notice } from './notices';
import { ownValue } from './own';

export const EMBED_PARAMS = {
  chart: 'chart',
  controls: 'controls',
  theme: 'theme',
  dataVersion: 'dv',
  lang: LANG_PARAM,
} as const;

export const EMBED_THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

export interface EmbedOptions {
  /** Show the Download / Embed / Explore actions under the chart. */
  controls: boolean;
  theme: EmbedTheme;
  /** A manifest dataVersion the chart must keep showing, or null for the current data. */
  dataVersion: string | null;
  /** The language the link asks for, or null for the reader's browser language (src/i18n/locales.ts). */
  lang: Locale | null;
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = {
  controls: true,
  theme: 'light',
  dataVersion: null,
  lang: null,
};

export interface EmbedRequest extends EmbedOptions {
  spec: ChartSpec;
  /** The preset named by `chart=`, when it names one. */
  presetId: string | null;
  notices: SpecNotice[];
}

/** dataVersion is a short hex hash (scripts/pipeline/manifest.ts); anything else could escape data/versions/. */
const DATA_VERSION_PATTERN = /^[0-9a-f]{6,64}$/;

const PRESET_SPECS: Readonly<Record<string, ChartSpec>> = PRESETS;

export function isDataVersion(text: string): boolean {
  return DATA_VERSION_PATTERN.test(text);
}

function readControls(raw: string | null, notices: SpecNotice[]): boolean {
  if (raw === null || raw === '1' || raw === 'true') return true;
  if (raw === '0' || raw === 'false') return false;
  notices.push(notice(EMBED_PARAMS.controls, raw, { id: 'notice.controls' }));
  return true;
}

function readTheme(raw: string | null, notices: SpecNotice[]): EmbedTheme {
  if (raw === null) return DEFAULT_EMBED_OPTIONS.theme;
  const theme = EMBED_THEMES.find((name) => name === raw);
  if (theme) return theme;
  notices.push(notice(EMBED_PARAMS.theme, raw, { id: 'notice.theme' }));
  return DEFAULT_EMBED_OPTIONS.theme;
}

function readDataVersion(raw: string | null, notices: SpecNotice[]): string | null {
  if (raw === null) return null;
  if (isDataVersion(raw)) return raw;
  notices.push(notice(EMBED_PARAMS.dataVersion, raw, { id: 'notice.data-version' }));
  return null;
}

function readLang(raw: string | null, notices: SpecNotice[]): Locale | null {
  if (raw === null) return null;
  if (isLocale(raw)) return raw;
  notices.push(notice(EMBED_PARAMS.lang, raw, { id: 'text', text: BAD_LANG_MESSAGE }));
  return null;
}

function readSpec(params: URLSearchParams): Pick<EmbedRequest, 'spec' | 'presetId' | 'notices'> {
  const chart = params.get(EMBED_PARAMS.chart);
  // Own names only: `chart=constructor` is an unknown chart, not Object.prototype's.
  const preset = chart === null ? undefined : ownValue(PRESET_SPECS, chart);
  if (chart !== null && preset) return { spec: preset, presetId: chart, notices: [] };
  const parsed = parseSearchParams(params, { ignore: Object.values(EMBED_PARAMS) });
  const notices = [...parsed.notices];
  if (chart !== null) {
    notices.unshift(notice(EMBED_PARAMS.chart, chart, { id: 'notice.chart' }));
  }
  return { spec: parsed.spec, presetId: null, notices };
}

export function parseEmbedParams(search: string | URLSearchParams): EmbedRequest {
  const length = String(search).length;
  if (length > MAX_LINK_LENGTH)
    return {
      ...DEFAULT_EMBED_OPTIONS,
      spec: DEFAULT_SPEC,
      presetId: null,
      notices: [linkTooLongNotice(length)],
    };
  const params = new URLSearchParams(search);
  const { spec, presetId, notices } = readSpec(params);
  const controls = readControls(params.get(EMBED_PARAMS.controls), notices);
  const theme = readTheme(params.get(EMBED_PARAMS.theme), notices);
  const dataVersion = readDataVersion(params.get(EMBED_PARAMS.dataVersion), notices);
  const lang = readLang(params.get(EMBED_PARAMS.lang), notices);
  return { spec, presetId, notices, controls, theme, dataVersion, lang };
}

/** The preset a spec is exactly, if any: its embed link can then say `chart=<id>`. */
export function presetIdOf(spec: ChartSpec): string | null {
  const query = specToQueryString(spec);
  const match = Object.entries(PRESET_SPECS).find(([, preset]) => specToQueryString(preset) === query);
  return match ? match[0] : null;
}
