// Loads what the CHPL-by-tier chart needs (four small files) and draws it; shared by story, explorer, embed.
import { ChartFrame } from '../charts/ChartFrame';
import { ChplTiersChart } from '../charts/chpl-tiers/ChplTiersChart';
import { CHPL_TIERS_CHART_ID, CHPL_TIERS_SUBTITLE, CHPL_TIERS_TITLE } from '../charts/chpl-tiers/definition';
import { DATA_FILES } from '../data/files';
import type { ChplTier } from '../data/schema';
import { LoadProgress } from './data/LoadProgress';
import { useConcordance, useEvents, useFlows, useManifest } from './data/queries';
import { RowErrorsNotice } from './data/RowErrorsNotice';

const FILES = [DATA_FILES.manifest, DATA_FILES.baciChpl, DATA_FILES.concordance, DATA_FILES.events];

interface ChplTiersFigureProps {
  tiers?: readonly ChplTier[];
  notesCollapsed?: boolean;
}

export function ChplTiersFigure({ tiers, notesCollapsed }: ChplTiersFigureProps) {
  const manifest = useManifest();
  const flows = useFlows(DATA_FILES.baciChpl);
  const concordance = useConcordance();
  const events = useEvents();
  if (!manifest.data || !flows.data || !concordance.data || !events.data) {
    return (
      <ChartFrame
        chartId={CHPL_TIERS_CHART_ID}
        title={CHPL_TIERS_TITLE}
        subtitle={CHPL_TIERS_SUBTITLE}
        state="loading"
      >
        <LoadProgress files={FILES} />
      </ChartFrame>
    );
  }
  const errors = [...flows.data.errors, ...concordance.data.errors, ...events.data.errors];
  return (
    <ChplTiersChart
      manifest={manifest.data}
      flows={flows.data.rows}
      concordance={concordance.data.rows}
      events={events.data.rows}
      tiers={tiers}
      notesCollapsed={notesCollapsed}
      notice={<RowErrorsNotice errors={errors} />}
    />
  );
}
