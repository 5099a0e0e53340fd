// The data files embed.html carries inline (written by the build: scripts/prerender/embed-files.ts), read back.
/** The id of embed.html's `<script type="application/json">` holding the build-time data files. */
export const HELD_FILES_ID = 'embed-files';

/**
 * The data files embed.html carries (the manifest, concordance, partners and events): file path under data/ ->
 * text. Empty when the page has none (a prerendered embed) or it cannot be read: the files are fetched then.
 */
export function heldFiles(element: Element | null): Map<string, string> {
  if (!element?.textContent) return new Map();
  try {
    const files = JSON.parse(element.textContent) as unknown;
    if (typeof files !== 'object' || files === null) return new Map();
    return new Map(
      Object.entries(files).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
  } catch {
    return new Map();
  }
}
