// The article's sections, with the steps whose data file this build has (the manifest says which): a build
// without the monthly CHPL data shows each section's own charts only, never an empty frame.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { manifestQuery } from '../figure/load/queries';
import { listsFile } from '../query/dataset-availability';
import { sectionsWithData } from './sections';
import { StorySectionView, type StoryOpening } from './StorySectionView';

/** The step a shared link asks for: `#/?step=tier-1` (src/figure/actions/share-links.ts). */
export function stepInHash(hash: string): string | null {
  const query = hash.indexOf('?');
  return query < 0 ? null : new URLSearchParams(hash.slice(query + 1)).get('step');
}

/** Scrolls to the step a shared link names, once it is on the page (a step may wait for the manifest). */
function useScrollToSharedStep(sections: readonly unknown[]): void {
  const done = useRef(false);
  useEffect(() => {
    const id = stepInHash(window.location.hash);
    if (done.current || !id) return;
    const step = document.querySelector(`[data-step="${CSS.escape(id)}"]`);
    if (!step) return;
    // After the router has restored the page's scroll position (to the top, for a page just opened).
    const timer = window.setTimeout(() => {
      done.current = true;
      step.scrollIntoView({ block: 'start' });
    }, 0);
    return () => window.clearTimeout(timer);
  }, [sections]);
}

/** `opening`: what the first section opens the story with (./StorySectionView.tsx); none, the sections alone. */
export function StorySections({
  stacked,
  opening,
}: {
  stacked: boolean;
  opening?: StoryOpening | undefined;
}) {
  const manifest = useQuery(manifestQuery).data;
  // Until the manifest arrives, only the steps every build has.
  const sections = useMemo(
    () => sectionsWithData((path) => (manifest ? listsFile(manifest, path) : false)),
    [manifest],
  );
  useScrollToSharedStep(sections);
  return sections.map((section, index) => (
    <StorySectionView
      key={section.id}
      section={section}
      stacked={stacked}
      opening={index === 0 ? opening : undefined}
    />
  ));
}
