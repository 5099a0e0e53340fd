import { useState } from 'react';
import { ChplTiersFigure } from '../app/ChplTiersFigure';
import { PageBoundary } from '../app/PageBoundary';
import { usePageTitle } from '../app/usePageTitle';
import type { ChplTier } from '../data/schema';
import { TIER_ORDER } from '../data/tiers';
import { TierPicker } from './TierPicker';

export function ExplorerPage() {
  usePageTitle('Explorer');
  const [tiers, setTiers] = useState<ChplTier[]>([...TIER_ORDER]);
  return (
    <section className="page explorer">
      <h1>Explorer</h1>
      <p>Choose which tiers of the Common High Priority List to compare.</p>
      <TierPicker selected={tiers} onChange={setTiers} />
      {tiers.length === 0 ? (
        <p className="notice" role="status">
          No tier is selected: tick at least one to draw the chart.
        </p>
      ) : (
        <PageBoundary>
          <ChplTiersFigure tiers={tiers} />
        </PageBoundary>
      )}
    </section>
  );
}
