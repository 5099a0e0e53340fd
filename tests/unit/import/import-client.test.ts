import { afterEach, describe, expect, it, vi } from 'vitest';
import { packRows } from '../../../src/query/user/packed-rows';
import { startImport } from '../../../src/import/import-client';
import type { FromWorker, ToWorker } from '../../../src/import/protocol';
import { makeUserFile } from '../user/fixtures';

/** A worker double: records what the page sends, lets the test answer, and knows if it was terminated. */
class FakeWorker {
  sent: ToWorker[] = [];
  transfers: Transferable[][] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: ToWorker, transfer: Transferable[] = []) {
    this.sent.push(message);
    this.transfers.push(transfer);
  }
  terminate() {
    this.terminated = true;
  }
  answer(message: FromWorker) {
    this.onmessage?.({ data: message } as MessageEvent<FromWorker>);
  }
}

function fileOf(text: string, name = 'flows.csv'): File {
  const file = new File([text], name);
  const bytes = new TextEncoder().encode(text);
  // jsdom's File lacks arrayBuffer(); browsers have it.
  Object.defineProperty(file, 'arrayBuffer', { value: async () => bytes.buffer.slice(0) });
  return file;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => vi.useRealTimers());

describe('the page side of the import worker', () => {
  it('transfers the file’s bytes (never copies them) and relays progress', async () => {
    const worker = new FakeWorker();
    const progress = vi.fn();
    startImport(fileOf('a,b\n1,2\n'), { period: '2023' }, progress, () => worker as unknown as Worker);
    await flush();
    const start = worker.sent[0];
    expect(start).toMatchObject({ type: 'start', fileName: 'flows.csv', options: { period: '2023' } });
    expect(worker.transfers[0]).toEqual([(start as { bytes: ArrayBuffer }).bytes]);
    worker.answer({ type: 'progress', rows: 10, fraction: 0.5, bytes: 4, totalBytes: 8 });
    expect(progress).toHaveBeenLastCalledWith(expect.objectContaining({ rows: 10, fraction: 0.5 }));
  });

  it('rebuilds the packed rows and frees the worker when it is done', async () => {
    const worker = new FakeWorker();
    const running = startImport(
      fileOf('x'),
      {},
      () => {},
      () => worker as unknown as Worker,
    );
    await flush();
    const { rows, sums, ...info } = makeUserFile();
    const { rows: summed, ...restOfSums } = sums;
    worker.answer({
      type: 'done',
      result: {
        format: 'tidy',
        encoding: 'utf-8',
        rows: [],
        rejected: [],
        warnings: [],
        summary: { inputRows: 1, rows: rows.length, periods: [], products: 0, partners: [], currencies: [] },
        unresolvedPartners: [],
        error: null,
      },
      file: { ...info, sums: restOfSums },
      packed: { rows: packRows(rows), summed: packRows(summed) },
      counts: { annual: 0, monthly: rows.length, withQuantity: 0 },
    });
    const outcome = await running.outcome;
    expect(outcome.kind).toBe('done');
    if (outcome.kind !== 'done') return;
    expect(outcome.file?.rows).toEqual(rows);
    expect(outcome.file?.sums.rows).toEqual(summed);
    expect(worker.terminated).toBe(true);
  });

  it('Cancel asks the worker to stop, and terminates it if it does not answer in time', async () => {
    vi.useFakeTimers();
    const worker = new FakeWorker();
    const running = startImport(
      fileOf('x'),
      {},
      () => {},
      () => worker as unknown as Worker,
    );
    await vi.runOnlyPendingTimersAsync();
    await Promise.resolve();
    running.cancel();
    expect(worker.sent.at(-1)).toEqual({ type: 'cancel' });
    expect(worker.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(2000);
    await expect(running.outcome).resolves.toEqual({ kind: 'cancelled' });
    expect(worker.terminated).toBe(true);
  });

  it('says which file a crashed worker was reading, without a stack trace', async () => {
    const worker = new FakeWorker();
    const running = startImport(
      fileOf('x', 'customs.csv'),
      {},
      () => {},
      () => worker as unknown as Worker,
    );
    await flush();
    worker.onerror?.({
      message: 'Uncaught RangeError: Array buffer allocation failed',
      preventDefault() {},
    } as ErrorEvent);
    await expect(running.outcome).resolves.toEqual({
      kind: 'failed',
      message:
        'The import of customs.csv stopped unexpectedly: Uncaught RangeError: Array buffer allocation failed.',
    });
  });
});
