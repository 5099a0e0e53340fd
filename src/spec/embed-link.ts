// An embed's address for a spec and options (the Embed dialog's snippet): a module of its own, so that the embed,
// which only reads such addresses (./embed-params.ts), does not carry the writing.
import { specToQueryString, type ChartSpec } from '.';
import { DEFAULT_EMBED_OPTIONS, EMBED_PARAMS, presetIdOf, type EmbedOptions } from './embed-params';

/** The embed's query string for a spec and options; defaults are left out so links stay short. */
export function embedQueryString(spec: ChartSpec, options: Partial<EmbedOptions> = {}): string {
  const presetId = presetIdOf(spec);
  const parts = [presetId ? `${EMBED_PARAMS.chart}=${presetId}` : specToQueryString(spec)];
  if (options.controls === false) parts.push(`${EMBED_PARAMS.controls}=0`);
  if (options.theme && options.theme !== DEFAULT_EMBED_OPTIONS.theme)
    parts.push(`${EMBED_PARAMS.theme}=${options.theme}`);
  if (options.dataVersion) parts.push(`${EMBED_PARAMS.dataVersion}=${options.dataVersion}`);
  if (options.lang) parts.push(`${EMBED_PARAMS.lang}=${options.lang}`);
  return parts.join('&');
}
