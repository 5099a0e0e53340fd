// The router's search-string codec. Search values stay plain strings (no JSON, no number coercion) and are
// written without needless escapes, so an explorer link reads `?v=1&p=t:4.B,h6:854231&tf=index:2021` and
// the chart spec's own parser (src/spec/url.ts) sees exactly what the reader's link said.
// No import of the spec here (the router loads this with every page, the spec code only with the explorer),
// only its tiny, dependency-free link-length rule.
import { LINK_REFUSED_PARAM, MAX_LINK_LENGTH } from './link-length';

/** A search object as the router holds it: one string per parameter, or several when a link repeats one. */
export type RawSearch = Record<string, string | string[]>;

/**
 * One pass, values gathered in a Map: a repeated parameter appends (linear, however often a link repeats it),
 * and a key such as `__proto__` or `constructor` becomes an own property like any other (Object.fromEntries
 * defines properties; assignment would reach Object.prototype).
 */
export function parseRawSearch(searchStr: string): RawSearch {
  // Refused unread: the spec parser turns this into one notice (src/spec/url.ts).
  if (searchStr.length > MAX_LINK_LENGTH) return { [LINK_REFUSED_PARAM]: String(searchStr.length) };
  const values = new Map<string, string[]>();
  for (const [key, value] of new URLSearchParams(searchStr)) {
    const list = values.get(key);
    if (list) list.push(value);
    else values.set(key, [value]);
  }
  return Object.fromEntries(
    [...values].map(([key, list]): [string, string | string[]] => [key, list.length === 1 ? list[0]! : list]),
  );
}

const encode = (text: string) => encodeURIComponent(text).replace(/%2C/g, ',').replace(/%3A/g, ':');

/** "?v=1&p=t:4.B" (or "" when there is nothing to say); values that are not strings are left out. */
export function stringifyRawSearch(search: Record<string, unknown>): string {
  const pairs: string[] = [];
  for (const [key, value] of Object.entries(search)) {
    for (const item of [value].flat()) {
      if (typeof item === 'string') pairs.push(`${encode(key)}=${encode(item)}`);
    }
  }
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

/** The explorer route's search: strings (and lists of strings) only; anything else is not from a link. */
export function validateRawSearch(search: Record<string, unknown>): RawSearch {
  const valid: [string, string | string[]][] = [];
  for (const [key, value] of Object.entries(search)) {
    if (typeof value === 'string') valid.push([key, value]);
    else if (Array.isArray(value))
      valid.push([key, value.filter((item): item is string => typeof item === 'string')]);
  }
  return Object.fromEntries(valid);
}

/** Back to URLSearchParams (repeats kept, in order) for `parseSearchParams`. */
export function rawSearchToParams(search: RawSearch): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search))
    for (const item of [value].flat()) params.append(key, item);
  return params;
}
