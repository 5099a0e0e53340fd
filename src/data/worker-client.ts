// The main thread's side of csv.worker.ts: one shared worker, one promise per file; the same reader on the main
// thread where no worker can start.
import { DataFileError } from './data-file-error';
import { dataUrl } from './data-url';
import { DATA_FILES } from './files';
import type { Manifest } from './schema';
import type { ParsedTable, TableKind, TableRow } from './tables';
import type { FileKind, LoadProgress, LoadRequest, WorkerRequest, WorkerResponse } from './worker-protocol';

type Settled = Extract<WorkerResponse, { type: 'table' } | { type: 'manifest' }>;

interface Pending {
  file: string;
  onProgress: (progress: LoadProgress) => void;
  resolve: (response: Settled) => void;
  reject: (error: Error) => void;
}

/** Where requests go: the worker, or the main-thread reader when no worker can start. */
interface Reader {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
}

let reader: Reader | null = null;
/** Once the worker has answered it runs; an error after that is a real failure, not a worker that cannot start. */
let workerAnswered = false;
let nextId = 1;
const pending = new Map<number, Pending>();
/** The requests not answered yet, to send again to the main-thread reader if the worker never starts. */
const unanswered = new Map<number, LoadRequest>();

function settle(message: WorkerResponse): void {
  const request = pending.get(message.id);
  if (!request) return;
  if (message.type === 'progress')
    return request.onProgress({ loaded: message.loaded, total: message.total });
  pending.delete(message.id);
  unanswered.delete(message.id);
  if (message.type === 'error') request.reject(new DataFileError(request.file, message.message));
  else request.resolve(message);
}

function failAll(reason: string): void {
  for (const [id, request] of pending) {
    pending.delete(id);
    request.reject(new DataFileError(request.file, reason));
  }
  unanswered.clear();
  reader?.terminate();
  reader = null;
}

/**
 * The same reader on the main thread (csv-reader.ts, loaded only when needed). A page in
 * `<iframe sandbox="allow-scripts">` has an opaque origin, and a browser may refuse it a worker from the
 * app's origin; the page still draws, parsing on the main thread.
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function mainThreadReader(
  code: Promise<{ loadFile: FileLoader }> = import('./csv-reader'),
  held: ReadonlyMap<string, string> = new Map(),
): Reader {
  const controllers = new Map<number, AbortController>();
  return {
    postMessage(message) {
      if (message.type === 'cancel') return controllers.get(message.id)?.abort();
      const controller = new AbortController();
      controllers.set(message.id, controller);
      const text = held.get(message.url);
      // A held file is read in a task of its own: the requests of the files that are fetched leave first.
      const ready = text === undefined ? code : code.then((module) => nextTask().then(() => module));
      void ready
        .then(({ loadFile }) => loadFile(message, settle, controller.signal, text))
        .catch((error: unknown) => failAll(`the data reader could not load: ${String(error)}`))
        .finally(() => controllers.delete(message.id));
    },
    terminate() {
      for (const controller of controllers.values()) controller.abort();
      controllers.clear();
    },
  };
}

function fallBackToMainThread(): Reader {
  reader?.terminate();
  const fallback = mainThreadReader();
  reader = fallback;
  for (const request of unanswered.values()) fallback.postMessage(request);
  return fallback;
}

/** The worker, or null when the browser refuses to create one (it throws: an opaque origin, a CSP). */
function startWorker(): Worker | null {
  let created: Worker;
  try {
    created = new Worker(new URL('./csv.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  created.onmessage = (event: MessageEvent<WorkerResponse>) => {
    workerAnswered = true;
    settle(event.data);
  };
  // Before its first answer, an error means the worker's code did not load or run: read on the main thread.
  created.onerror = (event) => {
    if (reader !== created) return;
    if (workerAnswered) failAll(event.message || 'the data reader stopped');
    else fallBackToMainThread();
  };
  return created;
}

function getReader(): Reader {
  if (reader) return reader;
  const worker = startWorker();
  if (!worker) return fallBackToMainThread();
  reader = worker;
  return worker;
}

/** Starts the data reader now, so its code loads and compiles while the page's own code still arrives. */
export function startDataReader(): void {
  getReader();
}

/** csv-reader.ts's loadFile, for a page that has imported it itself. */
export type FileLoader = (
  request: LoadRequest,
  post: (message: WorkerResponse) => void,
  signal: AbortSignal,
  held?: string,
) => Promise<void>;

/**
 * Reads every file on the main thread, with `loadFile` (csv-reader.ts) already in the page: no worker to fetch
 * and start first. The embed does this (measured faster for its small files, README: Page-load benchmarks).
 * `held`: texts the page already has, by data path (e.g. "manifest.json"): they are read, not fetched; only
 * when the data read is the current one (no pinned version), since the page holds the current files.
 */
export function readOnMainThread(loadFile: FileLoader, held: ReadonlyMap<string, string> = new Map()): void {
  if (reader) return;
  const byUrl = new Map([...held].map(([path, text]) => [dataUrl(path), text] as const));
  reader = mainThreadReader(Promise.resolve({ loadFile }), byUrl);
}

export interface LoadOptions {
  onProgress?: (progress: LoadProgress) => void;
  signal?: AbortSignal;
}

function request(
  path: string,
  kind: FileKind,
  { onProgress = () => {}, signal }: LoadOptions,
): Promise<Settled> {
  const id = nextId++;
  const load: LoadRequest = { type: 'load', id, url: dataUrl(path), file: path, kind };
  return new Promise<Settled>((resolve, reject) => {
    pending.set(id, { file: path, onProgress, resolve, reject });
    unanswered.set(id, load);
    signal?.addEventListener('abort', () => {
      pending.delete(id);
      unanswered.delete(id);
      reader?.postMessage({ type: 'cancel', id });
      reject(signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError'));
    });
    getReader().postMessage(load);
  });
}

export async function loadTable<K extends TableKind>(
  path: string,
  kind: K,
  options: LoadOptions = {},
): Promise<ParsedTable<TableRow<K>>> {
  const response = await request(path, kind, options);
  if (response.type !== 'table') throw new DataFileError(path, 'expected a table');
  // The worker validated every row against ROW_RULES[kind] (= the zod schemas): inside the app the rows are trusted.
  return { rows: response.rows as TableRow<K>[], errors: response.errors };
}

export async function loadManifest(options: LoadOptions = {}): Promise<Manifest> {
  const response = await request(DATA_FILES.manifest, 'manifest', options);
  if (response.type !== 'manifest') throw new DataFileError(DATA_FILES.manifest, 'expected the manifest');
  // Validated against the manifest schema in the worker.
  return response.manifest as Manifest;
}
