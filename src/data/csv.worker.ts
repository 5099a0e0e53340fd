/// <reference lib="webworker" />
// Fetches, parses and validates data files off the main thread (csv-reader.ts), so a large file never freezes
// the page and the validation code stays out of the page's bundle.
import { loadFile } from './csv-reader';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const inFlight = new Map<number, AbortController>();

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') {
    inFlight.get(request.id)?.abort();
    return;
  }
  const controller = new AbortController();
  inFlight.set(request.id, controller);
  const post = (message: WorkerResponse) => scope.postMessage(message);
  void loadFile(request, post, controller.signal).finally(() => inFlight.delete(request.id));
};
