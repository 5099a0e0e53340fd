import { DATA_FILES } from '../../data/files';
import { LoadProgress } from '../data/LoadProgress';
import { useManifest, useReconciliation } from '../data/queries';
import { RowErrorsNotice } from '../data/RowErrorsNotice';
import { PageBoundary } from '../PageBoundary';
import { usePageTitle } from '../usePageTitle';
import { BreaksTable, CaveatsList } from './CaveatsList';
import { FilesTable } from './FilesTable';
import { imfAboveComtrade, imfGapText } from './imf-gap';
import { ReconciliationTable } from './ReconciliationTable';
import { SourcesTable } from './SourcesTable';

function SourcesContent() {
  const manifest = useManifest();
  const reconciliation = useReconciliation();
  if (!manifest.data || !reconciliation.data) {
    return <LoadProgress files={[DATA_FILES.manifest, DATA_FILES.reconciliation]} />;
  }
  return (
    <>
      <p>
        Data version <code>{manifest.data.dataVersion}</code>, generated {manifest.data.generatedAt}.
      </p>
      <h2>Sources</h2>
      <SourcesTable sources={manifest.data.sources} />
      <h2>Do the sources agree?</h2>
      <p>
        The same trade, measured three ways. BACI reconciles what China and Russia each declared, and
        estimates values without freight and insurance; UN Comtrade here is China’s own declaration of its
        exports (FOB); the IMF figure is Russia’s imports from China, valued CIF (including freight and
        insurance), {imfGapText(imfAboveComtrade(reconciliation.data.rows))}. From 2022 Russia stopped
        publishing its trade: the IMF’s figures for it are estimates built largely from China’s mirror data,
        and BACI rests on China’s declarations alone.
      </p>
      <RowErrorsNotice errors={reconciliation.data.errors} />
      <ReconciliationTable rows={reconciliation.data.rows} />
      <p className="table-note">
        Differences are the first source’s value relative to the second, in per cent; “—” where either has no
        value.
      </p>
      <h2>Caveats</h2>
      <CaveatsList manifest={manifest.data} />
      <h2>Breaks in the series</h2>
      <BreaksTable manifest={manifest.data} />
      <h2>Files</h2>
      <FilesTable manifest={manifest.data} />
    </>
  );
}

export function SourcesPage() {
  usePageTitle('Data & sources');
  return (
    <section className="page sources">
      <h1>Data &amp; sources</h1>
      <p>
        Every number on this site comes from the files listed here, rebuilt from the public sources below;
        nothing is estimated or filled in by us. Where a source has no value, the tables and charts say “no
        data” or show “—”, never zero.
      </p>
      <PageBoundary>
        <SourcesContent />
      </PageBoundary>
    </section>
  );
}
