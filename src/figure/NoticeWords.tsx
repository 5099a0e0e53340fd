import type { SpecNotice } from '../spec';
import { noticeParts } from '../spec/notice-words';

/**
 * A link notice's words, each value of the link they quote (what a parameter allows: `abs`, `roll:3|6|12`) in a code
 * element not to translate, in every language: a page translator leaves the codes alone, and the untranslated-text
 * check knows them for codes rather than English. The embed's and the explorer's notices alike.
 */
export function NoticeWords({ notice }: { notice: SpecNotice }) {
  return noticeParts(notice).map((part, i) =>
    i % 2 === 1 ? (
      <code key={i} translate="no">
        {part}
      </code>
    ) : (
      part
    ),
  );
}
