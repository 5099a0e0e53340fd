// Links to the app itself, kept apart from the Embed dialog's code (./embed-snippet.ts) so every chart can show
// its "Explore" link without loading the dialog's code.
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
