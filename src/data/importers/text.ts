// Small text helpers shared by the format readers.

/** Header or name key: NFKC folds full-width forms ("，" -> ","), then case and spacing are ignored. */
export function normalizeKey(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** A cell as a reader would quote it in a message: trimmed and kept short (and detached, see below). */
export function shortValue(value: string, max = 60): string {
  const trimmed = value.trim();
  return detach(trimmed.length > max ? `${trimmed.slice(0, max - 1)}…` : trimmed);
}

/**
 * A copy of a string that shares no memory with the text it was cut from. JavaScript engines keep a cell cut
 * from a 1 MB chunk as a view of that chunk: a value kept past its chunk (a refusal, a partner's name) would
 * otherwise keep the whole chunk alive. Short strings are copied by the engine anyway.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : text.split('').join('');
}

export function fileExtension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}
