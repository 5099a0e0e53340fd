// The page's side of import.worker.ts: reads the chosen file's bytes (File.arrayBuffer: the file never leaves
// this machine), hands them to a fresh worker, relays its progress, and stops it on Cancel: the worker's
// AbortController first, and if it does not answer in time, the worker itself.
import type { ImportProgress, ImportResult } from '../data/importers/types';
import { i18n } from '../i18n/i18n';
import { unpackRowsInSlices } from '../query/user/packed-rows';
import type { UserFile } from '../query/user/user-file';
import type { FromWorker, ReaderOptions, RowCounts, ToWorker } from './protocol';

export type ImportOutcome =
  | { kind: 'done'; result: ImportResult; file: UserFile | null; counts: RowCounts }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

export interface RunningImport {
  outcome: Promise<ImportOutcome>;
  cancel(): void;
}

/** How long a cancelled worker may take to stop by itself before it is terminated. */
const CANCEL_GRACE_MS = 1500;

export type WorkerFactory = () => Worker;

const defaultWorker: WorkerFactory = () =>
  new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' });

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function startImport(
  file: File,
  options: ReaderOptions,
  onProgress: (progress: ImportProgress) => void,
  createWorker: WorkerFactory = defaultWorker,
): RunningImport {
  let worker: Worker | null = null;
  let settle: (outcome: ImportOutcome) => void = () => {};
  let cancelled = false;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  const outcome = new Promise<ImportOutcome>((resolve) => {
    settle = (value) => {
      clearTimeout(graceTimer);
      worker?.terminate();
      worker = null;
      resolve(value);
      settle = () => {};
    };
  });

  const begin = async () => {
    let bytes: ArrayBuffer;
    try {
      bytes = await file.arrayBuffer();
    } catch (error) {
      return settle({
        kind: 'failed',
        message: i18n._(
          { id: 'import.browser-error', message: 'Your browser could not read {file}: {error}.' },
          { file: file.name, error: describe(error) },
        ),
      });
    }
    if (cancelled) return settle({ kind: 'cancelled' });
    const created = createWorker();
    worker = created;
    created.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'progress') return onProgress(message);
      if (message.result.cancelled) return settle({ kind: 'cancelled' });
      const { result, file: info, packed, counts } = message;
      if (!info || !packed) return settle({ kind: 'done', result, file: null, counts });
      // The worker's work is over: free it now, then rebuild the rows a slice at a time.
      created.terminate();
      void Promise.all([unpackRowsInSlices(packed.rows), unpackRowsInSlices(packed.summed)]).then(
        ([rows, summed]) => {
          if (cancelled) return settle({ kind: 'cancelled' });
          const file: UserFile = { ...info, rows, sums: { ...info.sums, rows: summed } };
          settle({ kind: 'done', result, file, counts });
        },
      );
    };
    created.onerror = (event) => {
      event.preventDefault();
      settle({
        kind: 'failed',
        message: event.message
          ? i18n._(
              { id: 'import.stopped-why', message: 'The import of {file} stopped unexpectedly: {error}.' },
              { file: file.name, error: event.message },
            )
          : i18n._(
              { id: 'import.stopped', message: 'The import of {file} stopped unexpectedly.' },
              { file: file.name },
            ),
      });
    };
    onProgress({ rows: 0, fraction: 0, bytes: 0, totalBytes: bytes.byteLength });
    const start: ToWorker = {
      type: 'start',
      bytes,
      fileName: file.name,
      options,
      importedAt: new Date().toISOString(),
    };
    created.postMessage(start, [bytes]);
  };
  void begin();

  return {
    outcome,
    cancel() {
      if (cancelled) return;
      cancelled = true;
      if (!worker) return;
      worker.postMessage({ type: 'cancel' } satisfies ToWorker);
      graceTimer = setTimeout(() => settle({ kind: 'cancelled' }), CANCEL_GRACE_MS);
    },
  };
}
