// Comma-separated URL lists (products, partners): each item parsed on its own, so one bad item costs only
// itself, with repeats dropped and a cap on how many series one chart may show.
import { i18n } from '../i18n/i18n';
import { MAX_SERIES } from './fields';
import { notice, type SpecNotice } from './notices';

export interface ListRead<T> {
  items: T[];
  notices: SpecNotice[];
}

export function readList<T>(
  param: string,
  raw: string,
  parseItem: (token: string) => { ok: true; item: T; key: string } | { ok: false; message: string },
): ListRead<T> {
  const items: T[] = [];
  const keys = new Set<string>();
  const notices: SpecNotice[] = [];
  let overCap = 0;
  for (const token of raw.split(',')) {
    const parsed = parseItem(token.trim());
    if (!parsed.ok) notices.push(notice(param, token, parsed.message));
    else if (keys.has(parsed.key))
      notices.push(notice(param, token, i18n._({ id: 'notice.repeated', message: 'repeated; shown once' })));
    else if (items.length >= MAX_SERIES) overCap += 1;
    else {
      keys.add(parsed.key);
      items.push(parsed.item);
    }
  }
  if (overCap > 0) {
    const words = i18n._(
      { id: 'notice.cap', message: 'at most {max} series; {more} more left out' },
      { max: MAX_SERIES, more: overCap },
    );
    notices.push(notice(param, raw, words));
  }
  return { items, notices };
}
