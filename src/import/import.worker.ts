/// <reference lib="webworker" />
// Reads a reader's file off the main thread: the importer runs in chunks, posts its progress and stops when the
// page cancels. One worker per import; the page terminates it when the import is over, freeing its memory.
import { importFileAsync } from '../data/importers';
import type { FlowRow } from '../data/schema';
import { packedBuffers, packRows } from '../query/user/packed-rows';
import { userFileOf } from '../query/user/user-file';
import type { FromWorker, RowCounts, StartMessage, ToWorker } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const controller = new AbortController();

function post(message: FromWorker): void {
  scope.postMessage(message);
}

function countRows(rows: readonly FlowRow[]): RowCounts {
  const counts: RowCounts = { annual: 0, monthly: 0, withQuantity: 0 };
  for (const row of rows) {
    if (row.freq === 'A') counts.annual += 1;
    else counts.monthly += 1;
    if (row.quantity !== null) counts.withQuantity += 1;
  }
  return counts;
}

/** At most one progress message per this many ms: enough for a smooth bar, few enough for a busy page. */
const PROGRESS_EVERY_MS = 100;

async function run(message: StartMessage): Promise<void> {
  let last = 0;
  const result = await importFileAsync(new Uint8Array(message.bytes), message.fileName, {
    ...message.options,
    signal: controller.signal,
    onProgress: (progress) => {
      const now = performance.now();
      if (now - last < PROGRESS_EVERY_MS && progress.fraction < 1) return;
      last = now;
      post({ type: 'progress', ...progress });
    },
  });
  const { rows, ...rest } = result;
  const counts = countRows(rows);
  const done = { type: 'done' as const, result: { ...rest, rows: [] }, counts };
  if (rows.length === 0 || result.cancelled) {
    post({ ...done, file: null, packed: null });
    return;
  }
  const {
    rows: relabelled,
    sums,
    ...file
  } = userFileOf({
    name: message.fileName,
    format: result.format,
    encoding: result.encoding,
    bytes: message.bytes.byteLength,
    importedAt: message.importedAt,
    rows,
  });
  const { rows: summedRows, ...sumsWithoutRows } = sums;
  const packed = { rows: packRows(relabelled), summed: packRows(summedRows) };
  scope.postMessage({ ...done, file: { ...file, sums: sumsWithoutRows }, packed } satisfies FromWorker, [
    ...packedBuffers(packed.rows),
    ...packedBuffers(packed.summed),
  ]);
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'cancel') controller.abort();
  else void run(message);
};
