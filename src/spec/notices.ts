import type { DatasetId } from './schema';

/**
 * Why a URL value cannot be used, as the id of its message and the values that message needs (the message itself
 * is in ./notice-words.ts). Values the code already knows (the years accepted, the tiers, the transforms' shapes)
 * are not carried: the words look them up.
 */
export type ValueReason =
  | {
      id:
        | 'u.01'
        | 'u.flow-same'
        | 'u.flow'
        | 'u.pt-flow'
        | 'u.pt-code'
        | 'u.pt-self'
        | 'u.pt-none'
        | 'u.p-none'
        | 'u.hs6'
        | 'u.hs4'
        | 'u.hs2'
        | 'u.product'
        | 'u.tier'
        | 'u.period'
        | 'u.years'
        | 'u.top'
        | 'u.tf';
    }
  | { id: 'u.one-of'; options: readonly string[] };

/** A rule between fields that a link broke (./consistency.ts); its words name the dataset's label and lists. */
export interface ConsistencyReason {
  id:
    | 'c.flow-open'
    | 'c.flows'
    | 'c.products'
    | 'c.breakdown'
    | 'c.measure'
    | 'c.annual'
    | 'c.swap'
    | 'c.tf-a'
    | 'c.tf-m'
    | 'c.log'
    | 'c.cmp'
    | 'c.cc'
    | 'c.stack';
  dataset: DatasetId;
}

/**
 * Why part of a link was not used: a key and its values, worded only where notices are shown (notice-words.ts, a
 * module loaded with them), so that the code reading a link carries neither the words nor their translations.
 */
export type NoticeReason =
  | ValueReason
  | ConsistencyReason
  | {
      id:
        | 'notice.unknown'
        | 'notice.unreadable'
        | 'notice.twice'
        | 'notice.dataset'
        | 'notice.empty'
        | 'notice.repeated'
        | 'notice.chart'
        | 'notice.controls'
        | 'notice.theme'
        | 'notice.data-version';
    }
  | { id: 'notice.v-nan' | 'notice.v-new'; v: string }
  | { id: 'notice.cap'; more: number }
  | { id: 'notice.default'; why: ValueReason }
  /** A link longer than any chart needs (./link-length.ts). */
  | { id: 'link-long'; length: number }
  /** A dataset the build's manifest lacks (src/query/dataset-fallback.ts): `file` is the missing one. */
  | { id: 'no-build-data'; file: string }
  /** Words made where the notice is (a `lang=` value, a reader's file not loaded). */
  | { id: 'text'; text: string };

/** Why part of a link was not used as written: shown to the reader, never thrown. */
export interface SpecNotice {
  /** The URL parameter concerned, e.g. "p" or "tf". */
  param: string;
  /** What the link said (shortened); render it as text, never as HTML. */
  value: string;
  reason: NoticeReason;
}

const MAX_LENGTH = 60;

const shorten = (text: string) => (text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH)}…` : text);

export function notice(param: string, value: string, reason: NoticeReason): SpecNotice {
  return { param: shorten(param), value: shorten(value), reason };
}

/** At most this many notices are listed; the rest are counted ("and 12 more"), so a crafted link cannot flood the page. */
export const NOTICE_LIMIT = 20;

export function limitNotices<T>(
  notices: readonly T[],
  limit = NOTICE_LIMIT,
): { shown: readonly T[]; more: number } {
  return { shown: notices.slice(0, limit), more: Math.max(0, notices.length - limit) };
}
