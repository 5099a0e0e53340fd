// Which data folder a pinned embed reads (see ./data-version.ts): a module of its own, loaded only when the
// embed's address pins a version (src/embed/start.ts), so an embed of the current data does not carry it.
import type { DataVersionPin } from './data-version';

/** Fetches a manifest and returns its dataVersion, or null when it cannot be read. */
export type ReadDataVersion = (url: string) => Promise<string | null>;

export const readManifestVersion: ReadDataVersion = async (url) => {
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) return null;
    const json: unknown = await response.json();
    const version =
      typeof json === 'object' && json !== null ? (json as { dataVersion?: unknown }).dataVersion : null;
    return typeof version === 'string' ? version : null;
  } catch {
    return null;
  }
};

/** `dataBase` is the absolute URL of the current data folder, ending in "data/". */
export async function resolveDataVersion(
  requested: string | null,
  dataBase: string,
  read: ReadDataVersion = readManifestVersion,
): Promise<DataVersionPin> {
  if (requested === null) return { kind: 'current' };
  const current = await read(new URL('manifest.json', dataBase).href);
  if (current === requested) return { kind: 'current', pinned: requested };
  const archived = await read(new URL(`versions/${requested}/manifest.json`, dataBase).href);
  if (archived === requested) return { kind: 'pinned', dataVersion: requested, current };
  return { kind: 'unavailable', requested, shown: current };
}
