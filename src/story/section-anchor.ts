// A story section's own fragment ("#tiers"), as the contents' links leave it in the address when they are followed
// before the app's script runs (./StoryContents.tsx: without a script they are plain fragments). Hash routing reads
// the whole fragment as a route, so such an address would show "page not found": the app reads it as the story's
// route at that section instead (src/app/main.tsx).

/** The section a fragment names, or null when it is a route ("#/…") or names no section. */
export function sectionFromHash(hash: string, sectionIds: readonly string[]): string | null {
  if (!hash.startsWith('#') || hash.startsWith('#/')) return null;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return null;
  }
  return sectionIds.includes(id) ? id : null;
}

/** Scrolls to the section once the page has drawn it (a page not prerendered draws it after its first frames). */
export function scrollToSectionWhenDrawn(id: string, framesLeft = 120): void {
  const section = document.getElementById(id);
  if (section) section.scrollIntoView({ block: 'start' });
  else if (framesLeft > 0) requestAnimationFrame(() => scrollToSectionWhenDrawn(id, framesLeft - 1));
}
