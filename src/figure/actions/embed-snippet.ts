// The HTML a reader pastes into their page to embed a chart: a plain iframe (works anywhere, fixed height), or
// the same iframe plus embed.js, which fits the iframe's height to the chart as the page narrows.
import { DEFAULT_EMBED_OPTIONS, EMBED_PARAMS, type EmbedOptions } from '../../spec/embed-params';
import { embedQueryString } from '../../spec/embed-link';
import { prerenderedEmbedFile, prerenderedIdOf } from '../prerendered-files';
import type { ChartSpec } from '../../spec';

/** Tall enough for a title, the chart, its source line and the actions at a typical article width. */
export const DEFAULT_EMBED_HEIGHT = 560;

export interface EmbedSnippetInput {
  /** The app's base URL, absolute, ending in "/" (where index.html, embed.html and embed.js live). */
  appBase: string;
  spec: ChartSpec;
  options: Partial<EmbedOptions>;
  title: string;
  height?: number;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A preset (or the explorer's default view) with its controls and no data-version pin has a page of its own with the chart already drawn
 * (embed-<id>.html, built by scripts/prerender/): the fastest embed. Anything else is drawn by embed.html.
 */
export function embedUrl(input: Pick<EmbedSnippetInput, 'appBase' | 'spec' | 'options'>): string {
  const { options } = input;
  const id = prerenderedIdOf(input.spec);
  // The build drew the preset in each language (embed-<id>.html, .zh.html, .ru.html). A Chinese or Russian page
  // is in its language whatever the reader's browser says; the English one follows the browser unless lang=en.
  if (id && options.controls !== false && !options.dataVersion) {
    const theme = options.theme ?? DEFAULT_EMBED_OPTIONS.theme;
    const locale = options.lang ?? 'en';
    const params = [
      ...(theme === DEFAULT_EMBED_OPTIONS.theme ? [] : [`${EMBED_PARAMS.theme}=${theme}`]),
      ...(options.lang === 'en' ? [`${EMBED_PARAMS.lang}=en`] : []),
    ];
    const file = prerenderedEmbedFile(id, locale);
    return `${input.appBase}${file}${params.length > 0 ? `?${params.join('&')}` : ''}`;
  }
  return `${input.appBase}embed.html?${embedQueryString(input.spec, options)}`;
}

export function iframeSnippet(input: EmbedSnippetInput): string {
  const height = Math.round(input.height ?? DEFAULT_EMBED_HEIGHT);
  return (
    `<iframe src="${escapeAttribute(embedUrl(input))}" title="${escapeAttribute(input.title)}" ` +
    `width="100%" height="${height}" loading="lazy" style="border:0;width:100%;max-width:100%" ` +
    `data-chpl-embed></iframe>`
  );
}

export function scriptSnippet(input: EmbedSnippetInput): string {
  return `${iframeSnippet(input)}\n<script src="${escapeAttribute(`${input.appBase}embed.js`)}" async></script>`;
}

export { appBaseUrl, explorerPath } from './app-links';
