import { Link } from '@tanstack/react-router';
import { createContext, useContext } from 'react';
import { PageBoundary } from '../figure/PageBoundary';
import { usePageTitle } from '../figure/usePageTitle';
import { ArticleCredit } from './ArticleCredit';
import { ARTICLE_TITLE } from './sections';
import { StorySections } from './StorySections';
import { useMediaQuery } from './useMediaQuery';
import './story.css';

/** Phones get text and charts stacked, without sticky charts (matches story.css). */
export const STACKED_QUERY = '(max-width: 720px)';

/** True in the build's static story (static-story.html, read without JavaScript): every step with its own chart,
 * as printed. */
export const AllStepsContext = createContext(false);

export function StoryPage() {
  usePageTitle('What China sells Russia in dual-use goods');
  // Printed, every step shows its own chart (the sticky chart shows only the active step's).
  const printing = useMediaQuery('print');
  const allSteps = useContext(AllStepsContext);
  const stacked = useMediaQuery(STACKED_QUERY) || printing || allSteps;
  return (
    <article className="page story">
      <header className="story-intro">
        <h1>What China sells Russia in dual-use goods</h1>
        <p className="lede">
          The opinion article <cite>“{ARTICLE_TITLE}”</cite> argues that Chinese firms, by supplying critical
          dual-use technology and equipment, help sustain Russia’s war, and that Beijing’s description of this
          trade as ordinary economic cooperation is increasingly hard to accept.
        </p>
        <p>
          We take its arguments in order and test each against public trade data: China’s direct exports to
          Russia of the goods on the Common High Priority List (CHPL), the items Western governments found in
          Russian weapons; Russia’s imports by partner; and the EU’s exports of sanctioned goods. Every figure
          in the text is computed from the data as the page loads.
        </p>
        <p className="story-limits">
          What the data cannot show: who used the goods, or for what. Dual-use is not military use. Product
          detail is annual (to 2023), except where a chart shows China’s own monthly declarations; from 2022
          the China–Russia values rest on China’s declarations alone; and goods routed through Hong Kong or
          third countries are not in the China–Russia rows. See <Link to="/sources">Data &amp; sources</Link>{' '}
          for every file and caveat.
        </p>
        <ArticleCredit />
      </header>
      <PageBoundary>
        <StorySections stacked={stacked} />
      </PageBoundary>
      <footer className="story-outro">
        <p>
          Every chart can be opened in the <Link to="/explorer">explorer</Link>, downloaded with its sources,
          or embedded.
        </p>
      </footer>
    </article>
  );
}
