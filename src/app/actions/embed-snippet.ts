// The HTML a reader pastes into their page to embed a chart: a plain iframe (works anywhere, fixed height), or
// the same iframe plus embed.js, which fits the iframe's height to the chart as the page narrows.
import { embedQueryString, type EmbedOptions } from '../../embed/embed-params';
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

export function embedUrl(input: Pick<EmbedSnippetInput, 'appBase' | 'spec' | 'options'>): string {
  return `${input.appBase}embed.html?${embedQueryString(input.spec, input.options)}`;
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

/** The app's base URL as an absolute address, from Vite's base (which may be relative, "./"). */
export function appBaseUrl(
  base: string = import.meta.env.BASE_URL,
  documentBase: string = document.baseURI,
): string {
  return new URL(base, documentBase).href;
}

/** The explorer's hash route for a spec's query string (hash history: works on any static host). */
export function explorerPath(query: string): string {
  return `#/explorer?${query}`;
}
