import { ChplTiersFigure } from '../app/ChplTiersFigure';
import { PageBoundary } from '../app/PageBoundary';
import { usePageTitle } from '../app/usePageTitle';

export function StoryPage() {
  usePageTitle('Story');
  return (
    <article className="page story">
      <h1>What China sells Russia in dual-use goods</h1>
      <p className="lede">
        The opinion article <cite>“China Must End Support for Russia in Ukraine War”</cite> argues that
        Chinese firms, by supplying critical dual-use technology and equipment, help sustain Russia’s war, and
        that Beijing’s description of this trade as ordinary economic cooperation is increasingly hard to
        accept.
      </p>
      <p>
        The trade data can test part of that claim. The chart shows China’s direct exports to Russia of the
        goods on the Common High Priority List, the items Western governments found in Russian weapons,
        grouped by the list’s tiers. Tier 1, integrated circuits, is the list’s highest concern.
      </p>
      <PageBoundary>
        <ChplTiersFigure />
      </PageBoundary>
    </article>
  );
}
