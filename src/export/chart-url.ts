// The address that reproduces a chart: the page's address with the spec's query string in place of its own.
import { specToQueryString, type ChartSpec } from '../spec';

export function chartUrl(pageUrl: string, spec: ChartSpec): string {
  const hashAt = pageUrl.indexOf('#');
  const hash = hashAt === -1 ? '' : pageUrl.slice(hashAt);
  const beforeHash = hashAt === -1 ? pageUrl : pageUrl.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const base = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  return `${base}?${specToQueryString(spec)}${hash}`;
}
