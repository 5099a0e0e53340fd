import { Link } from '@tanstack/react-router';
import { createContext, useContext } from 'react';
import { PageBoundary } from '../figure/PageBoundary';
import { activeLocale, i18n } from '../i18n/i18n';
import { usePageTitle } from '../figure/usePageTitle';
import { ArticleCredit, UntestedParagraphs } from './ArticleCredit';
import { ARTICLE_TITLE } from './sections';
import { StoryContents } from './StoryContents';
import { StorySections } from './StorySections';
import { useMediaQuery } from './useMediaQuery';
import { SLOT, WithSlot } from './WithSlot';
import './story.css';

/** Phones get text and charts stacked, without sticky charts (matches story.css). */
export const STACKED_QUERY = '(max-width: 720px)';

/** True in the build's static story (static-story.html, read without JavaScript): every step with its own chart,
 * as printed. */
export const AllStepsContext = createContext(false);

const storyTitle = () => i18n._({ id: 'story.title', message: 'What China sells Russia in dual-use goods' });

export function StoryPage() {
  usePageTitle(storyTitle());
  // The article's title stays in English, as the article is quoted in English: marked so for screen readers.
  const english = activeLocale() === 'en' ? undefined : 'en';
  // Printed, every step shows its own chart (the sticky chart shows only the active step's).
  const printing = useMediaQuery('print');
  const allSteps = useContext(AllStepsContext);
  const stacked = useMediaQuery(STACKED_QUERY) || printing || allSteps;
  const lede = (
    <p className="lede">
      <WithSlot
        text={i18n._(
          {
            id: 'story.lede',
            message:
              'The opinion article {title} argues that Chinese firms, by supplying critical dual-use technology and equipment, help sustain Russia’s war, and that Beijing’s description of this trade as ordinary economic cooperation is increasingly hard to accept.',
          },
          { title: SLOT },
        )}
        element={<cite lang={english}>“{ARTICLE_TITLE}”</cite>}
      />
    </p>
  );
  const intro = (
    <p>
      {i18n._({
        id: 'story.intro',
        message:
          'We take its arguments in order and test each against public trade data: China’s direct exports to Russia of the goods on the Common High Priority List (CHPL), the items Western governments found in Russian weapons; Russia’s imports by partner; and the EU’s exports of sanctioned goods. Every figure in the text is computed from the data as the page loads.',
      })}
    </p>
  );
  const limits = (
    <p className="story-limits">
      <WithSlot
        text={i18n._(
          {
            id: 'story.limits',
            message:
              'What the data cannot show: who used the goods, or for what. Dual-use is not military use. Product detail is annual (to 2023), except where a chart shows China’s own monthly declarations; from 2022 the China–Russia values rest on China’s declarations alone; and goods routed through Hong Kong or third countries are not in the China–Russia rows. See {link} for every file and caveat.',
          },
          { link: SLOT },
        )}
        element={<Link to="/sources">{i18n._({ id: 'story.link.sources', message: 'Data & sources' })}</Link>}
      />
    </p>
  );
  // On screen the story opens with its first chart beside the title (./StorySectionView.tsx); printed (and in
  // the build's static story, every step drawn) it keeps a document's order, the introduction first.
  const asDocument = printing || allSteps;
  const opening = asDocument
    ? undefined
    : {
        title: (
          <header className="story-intro">
            <h1>{storyTitle()}</h1>
            <ArticleCredit untested={false} />
            <StoryContents />
          </header>
        ),
        intro: (
          <div className="story-intro-text">
            {lede}
            {intro}
            {limits}
            <UntestedParagraphs />
          </div>
        ),
      };
  return (
    <article className="page story">
      {asDocument ? (
        <header className="story-intro">
          <h1>{storyTitle()}</h1>
          {lede}
          {intro}
          {limits}
          <ArticleCredit />
        </header>
      ) : null}
      <PageBoundary>
        <StorySections stacked={stacked} opening={opening} />
      </PageBoundary>
      <footer className="story-outro">
        <p>
          <WithSlot
            text={i18n._(
              {
                id: 'story.outro',
                message: 'Every chart can be opened in the {link}, downloaded with its sources, or embedded.',
              },
              { link: SLOT },
            )}
            element={<Link to="/explorer">{i18n._({ id: 'story.link.explorer', message: 'explorer' })}</Link>}
          />
        </p>
      </footer>
    </article>
  );
}
