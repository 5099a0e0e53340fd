// Pinning an embed to a data version: the pipeline keeps earlier versions under data/versions/<dataVersion>/,
// so an article's chart can keep showing the numbers it was published with. This decides, before anything
// loads, which folder the embed reads, and what the reader is told about it.

export type DataVersionPin =
  /** No pin, or (`pinned` set) the pin is the current version: the current data, and the chart says which. */
  | { kind: 'current'; pinned?: string }
  /** Reading data/versions/<dataVersion>/; `current` is the newer version there is (null: unknown). */
  | { kind: 'pinned'; dataVersion: string; current: string | null }
  /** The pinned version is gone: the current data are shown, and the reader is told which. */
  | { kind: 'unavailable'; requested: string; shown: string | null }
  /** The pinned version is there but one of its files could not be read (pin-fallback.ts): the current data. */
  | { kind: 'unreadable'; requested: string; shown: string | null; reason: string };

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

/** Whether `pinMessage` has a line to show: any pin but the current data asked for by no pin at all. */
export const pinSaysSomething = (pin: DataVersionPin) => pin.kind !== 'current' || pin.pinned !== undefined;
