// The story's sections, listed beside its first chart (./StoryPage.tsx, the opening): on a desktop's first screen
// the title's column would otherwise stand empty under the credit, and any paragraph there would outrank the
// chart as the page's largest text (LCP), so this is small text, one short line or two a section.
import type { MouseEvent } from 'react';
import { i18n } from '../i18n/i18n';
import { SECTIONS } from './sections';

// Hash routing owns the URL's fragment, so the link scrolls by hand once the page runs its script; without one
// (index.html read without JavaScript) the browser follows the fragment to the section itself.
function jumpTo(event: MouseEvent, id: string) {
  const section = document.getElementById(id);
  if (!section) return;
  event.preventDefault();
  section.scrollIntoView({ block: 'start' });
}

export function StoryContents() {
  return (
    <nav className="story-contents" aria-labelledby="story-contents-heading">
      <h2 id="story-contents-heading">{i18n._({ id: 'story.contents', message: 'In this story' })}</h2>
      <ul>
        {SECTIONS.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`} onClick={(event) => jumpTo(event, section.id)}>
              {section.heading}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
