// The import page's state: idle, reading (with progress), needs (the file lacks a period, flow or currency),
// preview (rows ready), or failed. One import runs at a time; a new file cancels the one under way.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportProgress, ImportResult } from '../data/importers/types';
import type { UserFile } from '../query/user/user-file';
import { startImport, type RunningImport } from './import-client';
import type { ReaderOptions, RowCounts } from './protocol';
import { i18n } from '../i18n/i18n';
import { noRowSentence } from './words';

export type RunImport = (
  file: File,
  options: ReaderOptions,
  onProgress: (progress: ImportProgress) => void,
) => RunningImport;

export type ImportState =
  | { step: 'idle'; note: string | null }
  | { step: 'reading'; fileName: string; fileBytes: number; progress: ImportProgress; cancelling: boolean }
  | { step: 'needs'; file: File; result: ImportResult; options: ReaderOptions }
  | { step: 'preview'; file: File; result: ImportResult; userFile: UserFile; counts: RowCounts }
  | { step: 'failed'; fileName: string; message: string; result: ImportResult | null };

export interface ImportRun {
  state: ImportState;
  choose(file: File, options?: ReaderOptions): void;
  cancel(): void;
  reset(): void;
}

const IDLE: ImportState = { step: 'idle', note: null };

export function useImportRun(run: RunImport = startImport, onImported?: (file: UserFile) => void): ImportRun {
  const [state, setState] = useState<ImportState>(IDLE);
  const running = useRef<RunningImport | null>(null);

  useEffect(() => () => running.current?.cancel(), []);

  const choose = useCallback(
    (file: File, options: ReaderOptions = {}) => {
      running.current?.cancel();
      const initial = { rows: 0, fraction: 0, bytes: 0, totalBytes: file.size };
      setState({
        step: 'reading',
        fileName: file.name,
        fileBytes: file.size,
        progress: initial,
        cancelling: false,
      });
      const current = run(file, options, (progress) =>
        setState((was) =>
          was.step === 'reading' && running.current === current ? { ...was, progress } : was,
        ),
      );
      running.current = current;
      void current.outcome.then((outcome) => {
        if (running.current !== current) return;
        running.current = null;
        if (outcome.kind === 'cancelled')
          return setState({
            step: 'idle',
            note: i18n._(
              { id: 'import.cancelled', message: 'Import of {file} cancelled.' },
              { file: file.name },
            ),
          });
        if (outcome.kind === 'failed')
          return setState({ step: 'failed', fileName: file.name, message: outcome.message, result: null });
        const { result, file: userFile, counts } = outcome;
        if (result.needs && result.needs.length > 0)
          return setState({ step: 'needs', file, result, options });
        if (!userFile) {
          const message = result.error ?? noRowSentence(file.name);
          return setState({ step: 'failed', fileName: file.name, message, result });
        }
        onImported?.(userFile);
        setState({ step: 'preview', file, result, userFile, counts });
      });
    },
    [run, onImported],
  );

  const cancel = useCallback(() => {
    running.current?.cancel();
    setState((was) => (was.step === 'reading' ? { ...was, cancelling: true } : was));
  }, []);

  const reset = useCallback(() => {
    running.current?.cancel();
    running.current = null;
    setState(IDLE);
  }, []);

  return { state, choose, cancel, reset };
}
