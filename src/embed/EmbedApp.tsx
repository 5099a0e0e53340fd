// One chart, minimal chrome, no router: what a host page shows in an iframe.
import type { JSX } from 'react';
import { ChplTiersFigure } from '../app/ChplTiersFigure';
import { PageBoundary } from '../app/PageBoundary';
import { CHPL_TIERS_CHART_ID } from '../charts/chpl-tiers/definition';

const CHARTS: Record<string, () => JSX.Element> = {
  [CHPL_TIERS_CHART_ID]: () => <ChplTiersFigure notesCollapsed />,
};

export function EmbedApp({ chartId, appUrl }: { chartId: string | null; appUrl: string }) {
  const render = chartId ? CHARTS[chartId] : undefined;
  return (
    <div className="embed">
      {render ? (
        <PageBoundary>{render()}</PageBoundary>
      ) : (
        <p className="notice" role="alert">
          {!chartId ? 'No chart was chosen' : `There is no chart called “${chartId}”`}. Available:{' '}
          {Object.keys(CHARTS).join(', ')} (for example <code>embed.html?chart={CHPL_TIERS_CHART_ID}</code>).
        </p>
      )}
      <p className="embed-link">
        <a href={appUrl} target="_blank" rel="noopener">
          Open the full China–Russia dual-use trade explorer
        </a>
      </p>
    </div>
  );
}
