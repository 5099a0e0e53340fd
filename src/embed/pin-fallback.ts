// An embed pinned to an archived data version whose files are there but cannot be read here (a later build's
// reader no longer accepts them: a renamed column, a changed manifest; or one file is missing) would otherwise
// end in an error with Retry, which retries the same unreadable files. It shows the current data instead, with a
// notice naming the pinned version and why. Loaded only by pinned embeds (mount.tsx), so other embeds never
// download it.
import type { QueryClient } from '@tanstack/react-query';
import { pinDataVersion } from '../data/data-url';
import type { DataVersionPin } from './data-version';

type Pinned = Extract<DataVersionPin, { kind: 'pinned' }>;

/** The query keys of data files (figure/load/queries.ts); other queries (lazily loaded code) are not data. */
const DATA_QUERIES: readonly unknown[] = ['manifest', 'table'];

const LOAD_PREFIX = /^Could not load ([^:]+): /;

/**
 * What went wrong, for the reader: the file and the reader's words ("flows/baci_chpl.csv is missing column(s):
 * value_kusd", "events.csv: HTTP 404 Not Found"), with the "Could not load <file>:" wrappers taken off.
 */
export function failureReason(error: unknown): string {
  let text = error instanceof Error ? error.message : String(error);
  let file: string | null = null;
  for (let match = LOAD_PREFIX.exec(text); match; match = LOAD_PREFIX.exec(text)) {
    file = match[1] ?? file;
    text = text.slice(match[0].length);
  }
  return file === null || text.includes(file) ? text : `${file}: ${text}`;
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * The pin after a file of the pinned version failed to load or parse: the current data, and why (null: nothing
 * failed, the request was only cancelled). Any other failure falls back, even a network one: a reader offline
 * then sees the current data fail with Retry, which is no worse, and a host that serves the archive wrongly
 * (a missing file, an HTML page) is told which file.
 */
export function pinAfterFailure(pin: Pinned, error: unknown): DataVersionPin | null {
  if (isAbort(error)) return null;
  return { kind: 'unreadable', requested: pin.dataVersion, shown: pin.current, reason: failureReason(error) };
}

/**
 * Watches the data files of a pinned embed. On the first that fails for good (after the query's retries):
 * every file is read from the current data from then on, the cache is emptied, and `show` draws the chart
 * again with the fallback pin (the figure remounts and loads the current files). A failure that happened
 * before this module arrived is seen too.
 */
export function watchPinnedFiles(
  client: QueryClient,
  pin: Pinned,
  show: (pin: DataVersionPin) => void,
): void {
  const cache = client.getQueryCache();
  let done = false;
  const check = () => {
    if (done) return;
    const failed = cache
      .findAll({ predicate: (query) => DATA_QUERIES.includes(query.queryKey[0]) })
      .find((query) => query.state.status === 'error' && query.state.fetchStatus === 'idle');
    const next = failed ? pinAfterFailure(pin, failed.state.error) : null;
    if (!next) return;
    done = true;
    unsubscribe();
    pinDataVersion(null);
    void client.cancelQueries();
    client.clear();
    show(next);
  };
  const unsubscribe = cache.subscribe(check);
  check();
}
