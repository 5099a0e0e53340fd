// Data files are resolved against the page, not the worker, and as absolute URLs: a worker's base URL is its
// own script's, which differs once the app is built or served under a sub-path.
export function dataUrl(
  path: string,
  baseUrl: string = import.meta.env.BASE_URL,
  documentBase = document.baseURI,
): string {
  return new URL(`${baseUrl}data/${path}`, documentBase).href;
}
