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

function isAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte > 0x7f) return false;
  return true;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function detectEncoding(bytes: Uint8Array): EncodingGuess {
  if (hasPrefix(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', confidence: 'high' };
  if (hasPrefix(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', confidence: 'high' };
  if (hasPrefix(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', confidence: 'high' };
  if (isAscii(bytes)) return { encoding: 'utf-8', confidence: 'high' };
  if (isValidUtf8(bytes)) return { encoding: 'utf-8', confidence: 'high' };
  return { encoding: 'gb18030', confidence: 'medium' };
}

/** Never throws: undecodable bytes become U+FFFD, and one odd name never fails a whole file. */
export function decodeText(bytes: Uint8Array, encoding: TextEncodingName): string {
  const text = new TextDecoder(encoding, { fatal: false }).decode(bytes);
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
