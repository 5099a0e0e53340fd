// A text key for a list of objects by identity: loaded tables are immutable and cached by TanStack Query, so
// the same files give the same key, and a useMemo keyed by it recomputes only when a file changes.
const ids = new WeakMap<object, number>();
let next = 1;

export function identityKey(items: readonly (object | undefined)[]): string {
  return items
    .map((item) => {
      if (item === undefined) return '-';
      let id = ids.get(item);
      if (id === undefined) ids.set(item, (id = next++));
      return String(id);
    })
    .join(',');
}
