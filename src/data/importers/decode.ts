// Bytes -> text. China Customs exports are GB18030 even from the English interface (a full-width comma in
// "Hong Kong，China" is A3 AC), so a file that is not valid UTF-8 is read as GB18030 rather than mangled.
import type { Confidence, TextEncodingName } from './types';

export interface EncodingGuess {
  encoding: TextEncodingName;
  confidence: Confidence;
}

function hasPrefix(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** Checked a slice at a time, so a 100 MB file is never decoded into one 100 MB string just to be checked. */
const CHECK_BYTES = 1 << 20;

export function isValidUtf8(bytes: Uint8Array): boolean {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for (let offset = 0; offset < bytes.length; offset += CHECK_BYTES) {
      const end = Math.min(bytes.length, offset + CHECK_BYTES);
      decoder.decode(bytes.subarray(offset, end), { stream: end < bytes.length });
    }
    return true;
  } catch {
    return false;
  }
}

function bomEncoding(bytes: Uint8Array): TextEncodingName | null {
  if (hasPrefix(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (hasPrefix(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (hasPrefix(bytes, [0xfe, 0xff])) return 'utf-16be';
  return null;
}

export function detectEncoding(bytes: Uint8Array): EncodingGuess {
  const bom = bomEncoding(bytes);
  if (bom) return { encoding: bom, confidence: 'high' };
  // Plain ASCII is valid UTF-8 too: one native check covers both.
  if (isValidUtf8(bytes)) return { encoding: 'utf-8', confidence: 'high' };
  return { encoding: 'gb18030', confidence: 'medium' };
}

/** Never throws: undecodable bytes become U+FFFD, and one odd name never fails a whole file. */
export function decodeText(bytes: Uint8Array, encoding: TextEncodingName): string {
  const text = new TextDecoder(encoding, { fatal: false }).decode(bytes);
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** Bytes enough for the first HEAD_CHARS characters in any encoding we read (4 bytes a character at most). */
export const HEAD_CHARS = 64 * 1024;
const HEAD_BYTES = 4 * HEAD_CHARS + 4;

/**
 * The start of the text, which is all format detection reads: decoding a 200 MB file to look at its header
 * would hold a second copy of it. A head of nothing but blanks is not enough to judge by: then the whole text.
 */
export function decodeHead(bytes: Uint8Array, encoding: TextEncodingName): string {
  if (bytes.length <= HEAD_BYTES) return decodeText(bytes, encoding);
  const head = decodeText(bytes.subarray(0, HEAD_BYTES), encoding);
  return head.trim() === '' ? decodeText(bytes, encoding) : head;
}

/**
 * detectEncoding's answer as far as the head of the file tells. A BOM, or a head that is not UTF-8, settles it;
 * a UTF-8 head leaves the rest `unchecked`: the importer reads on as UTF-8, checking as it decodes (one pass, not
 * two), and starts again as GB18030 if a later byte proves it wrong (NotUtf8), which is detectEncoding's answer.
 */
export interface HeadEncoding {
  encoding: TextEncodingName;
  unchecked: boolean;
}

export function encodingFromHead(bytes: Uint8Array): HeadEncoding {
  const bom = bomEncoding(bytes);
  if (bom) return { encoding: bom, unchecked: false };
  const whole = bytes.length <= HEAD_BYTES;
  try {
    // stream: a character cut by the end of the head is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, HEAD_BYTES), { stream: !whole });
    return { encoding: 'utf-8', unchecked: !whole };
  } catch {
    return { encoding: 'gb18030', unchecked: false };
  }
}

/** Thrown by a reader checking UTF-8 as it decodes: the file is not UTF-8 after all. */
export class NotUtf8 extends Error {
  constructor() {
    super('not UTF-8');
  }
}
