// The import page: a reader picks or drops their own trade file; it is read in this browser (a worker, with
// progress and Cancel), previewed, and shown in the explorer as a dataset of its own beside the built-in data.
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useCallback, useEffect, useRef } from 'react';
import { tableQuery } from '../figure/load/queries';
import { formatCount } from '../figure/format-bytes';
import { usePageTitle } from '../figure/usePageTitle';
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
import { refusedCount } from './words';
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
      <h2>Worth knowing</h2>
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
          <h2>What we found</h2>
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
          <h2>What we found</h2>
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
              Show in explorer
            </button>
            <span className="hint">Next to the built-in data, never in place of it.</span>
          </div>
          <Warnings warnings={state.result.warnings} />
          <Rejected fileName={state.file.name} result={state.result} />
        </section>
      );
    case 'failed':
      return (
        <section className="import-step" data-step="failed">
          <div className="load-error" role="alert">
            <p>
              <strong>{state.fileName}</strong> could not be imported. {state.message}
            </p>
          </div>
          {state.result ? <Warnings warnings={state.result.warnings} /> : null}
          {state.result ? <Rejected fileName={state.fileName} result={state.result} /> : null}
        </section>
      );
  }
}

function HeldFile({ file, onShow, showReady }: { file: UserFile; onShow: () => void; showReady: boolean }) {
  return (
    <div className="held-file" role="status">
      <p>
        <strong>{file.name}</strong> ({formatCount(file.rows.length)} rows) is loaded in this page.
      </p>
      <button type="button" className="import-button primary" onClick={onShow} disabled={!showReady}>
        Show in explorer
      </button>
      <button type="button" className="import-button" onClick={() => setUserFile(null)}>
        Forget it
      </button>
    </div>
  );
}

export function ImportPage({ runImport }: ImportPageProps) {
  usePageTitle('Use your own file');
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
      <h1>Use your own file</h1>
      <p className="lede">
        Read your own download of trade data and see it in the <Link to="/explorer">explorer</Link> beside the
        built-in data.
      </p>
      <p>
        The file is read in this browser and never leaves your machine; nothing is stored, so a reload forgets
        it. Rows that cannot be read are left out and listed, each with its line and column.
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
