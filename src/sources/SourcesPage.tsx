import { useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import { DATA_FILES } from '../data/files';
import { LoadProgress } from '../figure/load/LoadProgress';
import { useConcordance, useManifest, useReconciliation, useTable } from '../figure/load/queries';
import { RowErrorsWhenAny } from '../figure/load/RowErrorsWhenAny';
import { PageBoundary } from '../figure/PageBoundary';
import { usePageTitle } from '../figure/usePageTitle';
import { i18n } from '../i18n/i18n';
import { LINK_SLOT, WithLink } from '../figure/WithLink';
import { BreaksTable, CaveatsList } from './CaveatsList';
import { FilesTable } from './FilesTable';
import { imfAboveComtrade, sourcesAgreeText } from './imf-gap';
import { ReconciliationTable } from './ReconciliationTable';
import { relationRows } from './relation-rows';
import { RELATION_TABLE_ID, RelationTable } from './RelationTable';
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
        <WithLink
          text={i18n._(
            { id: 'sources.version', message: 'Data version {version}, generated {date}.' },
            { version: LINK_SLOT, date: manifest.data.generatedAt },
          )}
          link={<code translate="no">{manifest.data.dataVersion}</code>}
        />
      </p>
      <h2>{i18n._({ id: 'sources.sources', message: 'Sources' })}</h2>
      <SourcesTable sources={manifest.data.sources} />
      <h2>{i18n._({ id: 'sources.agree', message: 'Do the sources agree?' })}</h2>
      <p>{sourcesAgreeText(imfAboveComtrade(reconciliation.data.rows))}</p>
      <RowErrorsWhenAny errors={reconciliation.data.errors} />
      <ReconciliationTable rows={reconciliation.data.rows} />
      <p className="table-note">
        {i18n._({
          id: 'sources.differences',
          message:
            'Differences are the first source’s value relative to the second, in per cent; “—” where either has no value.',
        })}
      </p>
      <h2>{i18n._({ id: 'sources.caveats', message: 'Caveats' })}</h2>
      <CaveatsList manifest={manifest.data} />
      <h2>{i18n._({ id: 'sources.breaks', message: 'Breaks in the series' })}</h2>
      <BreaksTable manifest={manifest.data} />
      <PageBoundary>
        <HsRelation />
      </PageBoundary>
      <h2>{i18n._({ id: 'sources.files', message: 'Files' })}</h2>
      <FilesTable manifest={manifest.data} />
    </>
  );
}

/** The CHPL codes across the HS 2022 change, read from concordance.csv; the charts' notes link here. */
function HsRelation() {
  const concordance = useConcordance();
  const chpl = useTable(DATA_FILES.chpl, 'chpl');
  const hash = useRouterState({ select: (state) => state.location.hash });
  const ready = concordance.data !== undefined && chpl.data !== undefined;
  // A link from a chart's note (#/sources#hs-relation) lands here once the table is drawn, not at the page top.
  useEffect(() => {
    if (ready && hash.replace(/^#/, '') === RELATION_TABLE_ID)
      document.getElementById(RELATION_TABLE_ID)?.scrollIntoView({ block: 'start' });
  }, [ready, hash]);
  return (
    <>
      <h2 id={RELATION_TABLE_ID}>
        {i18n._({ id: 'sources.relation', message: 'CHPL codes across the HS 2022 change' })}
      </h2>
      <p>
        {i18n._({
          id: 'sources.relation-text',
          message:
            'The CHPL lists HS 2022 codes; BACI holds every year in HS 2017. For each code, the HS 2017 line it is read from and how the two relate, derived from UNSD’s HS 2022–HS 2017 correlation workbook, with the documented overrides where the workbook is known to be wrong. A code is comparable across the change when its HS 2017 line holds the same goods before and after 2022; where HS 2022 moved other goods out of the line (HS 2017 broader, or split), its values up to 2021 and from 2022 are not like for like. The explorer’s option “Codes comparable across the HS change” leaves those codes out of tiers and CHPL totals.',
        })}
      </p>
      {ready ? (
        <>
          <RowErrorsWhenAny errors={[...concordance.data.errors, ...chpl.data.errors]} />
          <RelationTable rows={relationRows(concordance.data.rows, chpl.data.rows)} />
        </>
      ) : (
        <LoadProgress files={[DATA_FILES.concordance, DATA_FILES.chpl]} />
      )}
    </>
  );
}

export function SourcesPage() {
  usePageTitle(i18n._({ id: 'sources.title', message: 'Data & sources' }));
  return (
    <section className="page sources">
      <h1>{i18n._({ id: 'sources.title', message: 'Data & sources' })}</h1>
      <p>
        {i18n._({
          id: 'sources.intro',
          message:
            'Every number on this site comes from the files listed here, rebuilt from the public sources below; nothing is estimated or filled in by us. Where a source has no value, the tables and charts say “no data” or show “—”, never zero.',
        })}
      </p>
      <PageBoundary>
        <SourcesContent />
      </PageBoundary>
    </section>
  );
}
