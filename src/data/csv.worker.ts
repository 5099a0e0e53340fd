/// <reference lib="webworker" />
// Fetches, parses and validates data files off the main thread, so a large file never freezes the page
// and the validation code stays out of the page's bundle. Validation is hand-written (csv/row-rules.ts,
// manifest-check.ts), held by tests to the zod schemas of the data contract: fast, and no zod to download.
import { readTable } from './csv/read-table';
import { fetchText } from './fetch-text';
import { checkManifest } from './manifest-check';
import type { LoadRequest, WorkerRequest, WorkerResponse } from './worker-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const inFlight = new Map<number, AbortController>();

function post(message: WorkerResponse): void {
  scope.postMessage(message);
}

function read(request: LoadRequest, text: string): WorkerResponse {
  if (request.kind !== 'manifest') {
    const { rows, errors } = readTable(text, request.kind, request.file);
    return { type: 'table', id: request.id, rows, errors };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { type: 'error', id: request.id, message: 'not valid JSON' };
  }
  const check = checkManifest(json);
  return check.ok
    ? { type: 'manifest', id: request.id, manifest: check.manifest }
    : { type: 'error', id: request.id, message: check.reason };
}

async function load(request: LoadRequest): Promise<void> {
  const controller = new AbortController();
  inFlight.set(request.id, controller);
  try {
    const onProgress = (progress: { loaded: number; total: number | null }) =>
      post({ type: 'progress', id: request.id, ...progress });
    const text = await fetchText(request.url, onProgress, controller.signal);
    post(read(request, text));
  } catch (error) {
    if (controller.signal.aborted) return;
    post({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) });
  } finally {
    inFlight.delete(request.id);
  }
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') inFlight.get(request.id)?.abort();
  else void load(request);
};
