/** Why part of a link was not used as written: shown to the reader, never thrown. */
export interface SpecNotice {
  /** The URL parameter concerned, e.g. "p" or "tf". */
  param: string;
  /** What the link said (shortened); render it as text, never as HTML. */
  value: string;
  message: string;
}

const MAX_LENGTH = 60;

const shorten = (text: string) => (text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH)}…` : text);

export function notice(param: string, value: string, message: string): SpecNotice {
  return { param: shorten(param), value: shorten(value), message };
}

/** At most this many notices are listed; the rest are counted ("and 12 more"), so a crafted link cannot flood the page. */
export const NOTICE_LIMIT = 20;

export function limitNotices<T>(
  notices: readonly T[],
  limit = NOTICE_LIMIT,
): { shown: readonly T[]; more: number } {
  return { shown: notices.slice(0, limit), more: Math.max(0, notices.length - limit) };
}
