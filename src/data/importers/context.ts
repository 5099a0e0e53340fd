// What every format reader is given besides the text.
import type { ImportOptions, TextEncodingName } from './types';

export interface ReaderContext {
  fileName: string;
  encoding: TextEncodingName;
  options: ImportOptions;
  /** "user:<file name>": a reader's rows never pass for the app's own sources. */
  source: string;
}

export function userSourceId(fileName: string): string {
  const name = fileName.trim().split(/[\\/]/).pop() ?? '';
  return `user:${name || 'upload'}`;
}
