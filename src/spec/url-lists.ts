// Comma-separated URL lists (products, partners): each item parsed on its own, so one bad item costs only
// itself, with repeats dropped and a cap on how many series one chart may show.
import { MAX_SERIES } from './fields';
import { notice, type SpecNotice, type ValueReason } from './notices';

export interface ListRead<T> {
  items: T[];
  notices: SpecNotice[];
}

export function readList<T>(
  param: string,
  raw: string,
  parseItem: (token: string) => { ok: true; item: T; key: string } | { ok: false; reason: ValueReason },
): ListRead<T> {
  const items: T[] = [];
  const keys = new Set<string>();
  const notices: SpecNotice[] = [];
  let overCap = 0;
  for (const token of raw.split(',')) {
    const parsed = parseItem(token.trim());
    if (!parsed.ok) notices.push(notice(param, token, parsed.reason));
    else if (keys.has(parsed.key)) notices.push(notice(param, token, { id: 'notice.repeated' }));
    else if (items.length >= MAX_SERIES) overCap += 1;
    else {
      keys.add(parsed.key);
      items.push(parsed.item);
    }
  }
  if (overCap > 0) notices.push(notice(param, raw, { id: 'notice.cap', more: overCap }));
  return { items, notices };
}
