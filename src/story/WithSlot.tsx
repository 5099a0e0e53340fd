// A translated sentence with an element (a link, a <cite>) where its translation put the slot: the element's place
// differs between English, Chinese and Russian, so the sentence is one message and the element goes where it says.
import type { ReactNode } from 'react';

/** The placeholder value passed for the element ({link}, {title}); a private-use character no text contains. */
export const SLOT = '\ue000';

/** `text` with `element` where its translation put SLOT. */
export function WithSlot({ text, element }: { text: string; element: ReactNode }) {
  const [before = text, after = ''] = text.split(SLOT);
  return (
    <>
      {before}
      {element}
      {after}
    </>
  );
}
