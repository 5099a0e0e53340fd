// react-dom's client for a reader's-spec embed drawn as HTML (./first-draw.tsx): attaches React to that markup,
// the same tree with the same props, so nothing is drawn twice. A mismatch is recorded on the root
// (data-hydration-error) for the tests; React then redraws that part.
import { useEffect } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { reportHeight } from './post-height';
import { ReaderEmbed, type ReaderEmbedProps } from './reader-embed';

/** Renders nothing (so the markup still matches); runs `run` once the tree has hydrated. */
function OnCommit({ run }: { run: () => void }) {
  useEffect(run, [run]);
  return null;
}

export function hydrateReader(root: HTMLElement, props: ReaderEmbedProps): void {
  const onRecoverableError = (error: unknown) => {
    root.dataset.hydrationError = error instanceof Error ? error.message.slice(0, 200) : String(error);
  };
  const hydrated = () => {
    root.dataset.hydrated = 'true';
    if (window.parent !== window) reportHeight(root);
  };
  hydrateRoot(
    root,
    <>
      <ReaderEmbed {...props} />
      <OnCommit run={hydrated} />
    </>,
    { onRecoverableError },
  );
}
