// Small text helpers shared by the format readers.

/** Header or name key: NFKC folds full-width forms ("，" -> ","), then case and spacing are ignored. */
export function normalizeKey(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** A cell as a reader would quote it in a message: trimmed and kept short. */
export function shortValue(value: string, max = 60): string {
  const trimmed = value.trim();
  return trimmed.length > max ? `${trimmed.slice(0, max - 1)}…` : trimmed;
}

export function fileExtension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}
