// Download progress per data file, outside React Query (which has no notion of progress), read by
// progress bars through useSyncExternalStore.
import type { LoadProgress } from '../../data/worker-protocol';

type Listener = () => void;

const progressByFile = new Map<string, LoadProgress>();
const listeners = new Set<Listener>();
let version = 0;

export const progressStore = {
  set(file: string, progress: LoadProgress): void {
    progressByFile.set(file, progress);
    version++;
    listeners.forEach((listener) => listener());
  },
  get(file: string): LoadProgress | undefined {
    return progressByFile.get(file);
  },
  version(): number {
    return version;
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** Percent done over several files, or null while any size is unknown. */
export function combinedPercent(progress: readonly (LoadProgress | undefined)[]): number | null {
  let loaded = 0;
  let total = 0;
  for (const item of progress) {
    if (!item || item.total === null) return null;
    loaded += item.loaded;
    total += item.total;
  }
  return total > 0 ? Math.min(100, Math.round((loaded / total) * 100)) : null;
}
