// Fetches, parses and validates one data file, answering with the messages of worker-protocol.ts. It runs in
// csv.worker.ts, and on the main thread when no worker can start (see worker-client.ts). Validation is
// hand-written (csv/row-rules.ts, manifest-check.ts), held by tests to the zod schemas of the data contract:
// fast, and no zod to download.
import { readTable } from './csv/read-table';
import { fetchText } from './fetch-text';
import { checkManifest } from './manifest-check';
import type { LoadRequest, WorkerResponse } from './worker-protocol';

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

/**
 * Loads `request`, posting progress and then one answer; nothing once `signal` aborts. `held`: the file's text
 * when the page already has it (the embed's build-time files, inlined in embed.html), read and checked the same.
 */
export async function loadFile(
  request: LoadRequest,
  post: (message: WorkerResponse) => void,
  signal: AbortSignal,
  held?: string,
): Promise<void> {
  try {
    const onProgress = (progress: { loaded: number; total: number | null }) =>
      post({ type: 'progress', id: request.id, ...progress });
    const text = held ?? (await fetchText(request.url, onProgress, signal));
    post(read(request, text));
  } catch (error) {
    if (signal.aborted) return;
    post({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
}
