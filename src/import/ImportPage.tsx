// The import page: a reader picks or drops their own trade file; it is read in this browser (a worker, with
// progress and Cancel), previewed, and shown in the explorer as a dataset of its own beside the built-in data.
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useCallback, useEffect, useRef } from 'react';
import { tableQuery } from '../figure/load/queries';
import { usePageTitle } from '../figure/usePageTitle';
import { i18n } from '../i18n/i18n';
import { LINK_SLOT, WithLink } from '../figure/WithLink';
import { setUserFile, useUserFile } from '../figure/user-file-store';
import { DATA_FILES } from '../data/files';
import type { ImportResult } from '../data/importers/types';
import { startSpec } from '../query/user/facts';
import type { UserFile } from '../query/user/user-file';
import { specToSearchParams } from '../spec';
import { FileChooser } from './FileChooser';
import { ImportProgressView } from './ImportProgressView';
import { ImportSummaryList } from './ImportSummaryList';
import { NeedsForm } from './NeedsForm';
import type { ReaderOptions } from './protocol';
import { RejectedTable } from './RejectedTable';
import { rejectedFileName, rejectedToCsv } from './rejected-csv';
import { useImportRun, type ImportState, type RunImport } from './useImportRun';
import { failedSentence, formatCount, refusedCount, rowProblem } from './words';
import './import.css';

export interface ImportPageProps {
  /** Tests pass an import that runs without a worker. */
  runImport?: RunImport;
}

function saveRejected(fileName: string, result: ImportResult) {
  const blob = new Blob([rejectedToCsv(result.rejected)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = rejectedFileName(fileName);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Opens the explorer on the file's first chart (China -> Russia when it has it). */
function useShowInExplorer() {
  const navigate = useNavigate();
  const concordance = useQuery(tableQuery(DATA_FILES.concordance, 'concordance'));
  const rows = concordance.data?.rows;
  const show = useCallback(
    (file: UserFile) => {
      const spec = rows ? startSpec(file, rows) : null;
      if (!spec) return;
      void navigate({ to: '/explorer', search: Object.fromEntries(specToSearchParams(spec)) });
    },
    [navigate, rows],
  );
  return { show, ready: rows !== undefined };
}

function Warnings({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null;
  return (
    <div className="notice import-warnings">
      <h2>{i18n._({ id: 'import.worth-knowing', message: 'Worth knowing' })}</h2>
      <ul>
        {warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
    </div>
  );
}

function Rejected({ fileName, result }: { fileName: string; result: ImportResult }) {
  if (result.rejected.length === 0) return null;
  return (
    <RejectedTable
      rows={result.rejected}
      total={refusedCount(result)}
      onDownload={() => saveRejected(fileName, result)}
    />
  );
}

interface StepProps {
  state: ImportState;
  onCancel: () => void;
  onAnswer: (file: File, options: ReaderOptions) => void;
  onShow: (file: UserFile) => void;
  showReady: boolean;
}

function Step({ state, onCancel, onAnswer, onShow, showReady }: StepProps) {
  switch (state.step) {
    case 'idle':
      return state.note ? (
        <p className="import-note" role="status">
          {state.note}
        </p>
      ) : null;
    case 'reading':
      return <ImportProgressView {...state} onCancel={onCancel} />;
    case 'needs':
      return (
        <section className="import-step" data-step="needs">
          <h2>{i18n._({ id: 'import.found', message: 'What we found' })}</h2>
          <ImportSummaryList fileName={state.file.name} fileBytes={state.file.size} result={state.result} />
          <NeedsForm
            needs={state.result.needs ?? []}
            initial={state.options}
            onSubmit={(options) => onAnswer(state.file, options)}
          />
        </section>
      );
    case 'preview':
      return (
        <section className="import-step" data-step="preview">
          <h2>{i18n._({ id: 'import.found', message: 'What we found' })}</h2>
          <ImportSummaryList
            fileName={state.file.name}
            fileBytes={state.file.size}
            result={state.result}
            counts={state.counts}
          />
          <div className="import-actions">
            <button
              type="button"
              className="import-button primary"
              disabled={!showReady}
              onClick={() => onShow(state.userFile)}
            >
              {i18n._({ id: 'import.show', message: 'Show in explorer' })}
            </button>
            <span className="hint">
              {i18n._({
                id: 'import.show-hint',
                message: 'Next to the built-in data, never in place of it.',
              })}
            </span>
          </div>
          <Warnings warnings={state.result.warnings} />
          <Rejected fileName={state.file.name} result={state.result} />
        </section>
      );
    case 'failed': {
      // When no row could be used, the first one left out says why, naming file, row and column.
      const firstRefused = state.result?.rejected[0];
      return (
        <section className="import-step" data-step="failed">
          <div className="load-error" role="alert">
            <p>
              <WithLink
                text={failedSentence(LINK_SLOT, state.message)}
                link={<strong>{state.fileName}</strong>}
              />
            </p>
            {firstRefused ? (
              <p className="import-first-refused">{rowProblem(state.fileName, firstRefused)}</p>
            ) : null}
          </div>
          {state.result ? <Warnings warnings={state.result.warnings} /> : null}
          {state.result ? <Rejected fileName={state.fileName} result={state.result} /> : null}
        </section>
      );
    }
  }
}

function HeldFile({ file, onShow, showReady }: { file: UserFile; onShow: () => void; showReady: boolean }) {
  return (
    <div className="held-file" role="status">
      <p>
        <WithLink
          text={i18n._(
            { id: 'import.held', message: '{file} ({rows} rows) is loaded in this page.' },
            { file: LINK_SLOT, rows: formatCount(file.rows.length) },
          )}
          link={<strong>{file.name}</strong>}
        />
      </p>
      <button type="button" className="import-button primary" onClick={onShow} disabled={!showReady}>
        {i18n._({ id: 'import.show', message: 'Show in explorer' })}
      </button>
      <button type="button" className="import-button" onClick={() => setUserFile(null)}>
        {i18n._({ id: 'import.forget', message: 'Forget it' })}
      </button>
    </div>
  );
}

export function ImportPage({ runImport }: ImportPageProps) {
  usePageTitle(i18n._({ id: 'import.title', message: 'Use your own file' }));
  const held = useUserFile();
  const { state, choose, cancel } = useImportRun(runImport, setUserFile);
  const { show, ready } = useShowInExplorer();
  const stepRef = useRef<HTMLDivElement>(null);
  // A new step (preview, question, error) takes the reader's attention there.
  useEffect(() => {
    if (state.step !== 'idle' && state.step !== 'reading') stepRef.current?.focus();
  }, [state.step]);
  const busy = state.step === 'reading';
  return (
    <section className="page import-page">
      <h1>{i18n._({ id: 'import.title', message: 'Use your own file' })}</h1>
      <p className="lede">
        <WithLink
          text={i18n._(
            {
              id: 'import.lede',
              message:
                'Read your own download of trade data and see it in the {link} beside the built-in data.',
            },
            { link: LINK_SLOT },
          )}
          link={<Link to="/explorer">{i18n._({ id: 'import.lede-link', message: 'explorer' })}</Link>}
        />
      </p>
      <p>
        {i18n._({
          id: 'import.privacy',
          message:
            'The file is read in this browser and never leaves your machine; nothing is stored, so a reload forgets it. Rows that cannot be read are left out and listed, each with its line and column.',
        })}
      </p>
      {held && state.step === 'idle' ? (
        <HeldFile file={held} onShow={() => show(held)} showReady={ready} />
      ) : null}
      <FileChooser onFile={(file) => choose(file)} disabled={busy} />
      <div ref={stepRef} tabIndex={-1} className="import-focus">
        <Step
          state={state}
          onCancel={cancel}
          onAnswer={(file, options) => choose(file, options)}
          onShow={show}
          showReady={ready}
        />
      </div>
    </section>
  );
}
