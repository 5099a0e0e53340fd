// Data files are resolved against the page, not the worker, and as absolute URLs: a worker's base URL is its
// own script's, which differs once the app is built or served under a sub-path.

/** Where data files live under the app's base: "data/", or an archived version's folder (embeds pinned to it). */
let dataRoot = 'data/';

/** Reads every data file from public/data/versions/<dataVersion>/ from now on (null: the current data). */
export function pinDataVersion(dataVersion: string | null): void {
  dataRoot = dataVersion === null ? 'data/' : `data/versions/${dataVersion}/`;
}

export function dataUrl(
  path: string,
  baseUrl: string = import.meta.env.BASE_URL,
  documentBase = document.baseURI,
): string {
  return new URL(`${baseUrl}${dataRoot}${path}`, documentBase).href;
}
