// An over-long link is refused, not read: a crafted one (`x=1&` repeated 100,000 times) would otherwise cost
// seconds of parsing and thousands of notices. The longest link this app writes (20 HS6 codes, 20 partners,
// every other parameter set) is under 700 characters; 4,000 leaves room for hand-edited links and stays below
// what hosts and CDNs accept (commonly 8 KB), and reading 4,000 characters takes well under a millisecond.
import type { SpecNotice } from './notices';

export const MAX_LINK_LENGTH = 4000;

/** What the explorer's router holds for a refused link (it never parses the rest): the link's length. */
export const LINK_REFUSED_PARAM = 'refused-link-length';

/** Its words are in ./notice-words.ts. */
export function linkTooLongNotice(length: number): SpecNotice {
  return { param: '', value: '', reason: { id: 'link-long', length } };
}
