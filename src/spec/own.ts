// Lookups keyed by text from a URL: `record[key]` would find `constructor`, `toString` or `__proto__` on
// Object.prototype, so a link naming one would "find" a function. Only a record's own properties count.

export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
