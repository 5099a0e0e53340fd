// A link inside a translated sentence: its place differs from language to language, so the message holds
// LINK_SLOT where the link goes (a `{link}` argument given LINK_SLOT as its value). Here, below
// every page, so the explorer, import and sources pages share it.
import type { ReactNode } from 'react';

/** A private-use character: never in a translation's own text (a NUL broke a built page, see RootLayout). */
export const LINK_SLOT = '\ue000';

/** `text` with `link` where its translation put LINK_SLOT. */
export function WithLink({ text, link }: { text: string; link: ReactNode }) {
  const [before = text, after = ''] = text.split(LINK_SLOT);
  return (
    <>
      {before}
      {link}
      {after}
    </>
  );
}
