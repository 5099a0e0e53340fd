// Which kind of file is this? Decided from the encoding and the header, never from the file name alone.
import Papa from 'papaparse';
import { FLOW_COLUMNS } from '../schema';
import { findColumns } from './columns';
import { decodeHead, detectEncoding, HEAD_CHARS } from './decode';
import { findValueColumns, GACC_ALIASES } from './gacc-columns';
import { fileExtension, normalizeKey } from './text';
import type { Confidence, DetectResult, ImportFormat, TextEncodingName } from './types';

function firstRecord(text: string): string[] {
  const head = text.slice(0, HEAD_CHARS);
  const parsed = Papa.parse<string[]>(head, {
    preview: 5,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', '\t', ';'],
  });
  return (parsed.data[0] ?? []).map((cell) => String(cell));
}

function looksLikeJson(text: string, fileName: string): Confidence | null {
  const start = text.trimStart().slice(0, 1);
  if (start !== '{' && start !== '[') return null;
  const head = text.slice(0, HEAD_CHARS);
  if (head.includes('"cmdCode"') || head.includes('"primaryValue"')) return 'high';
  return fileExtension(fileName) === 'json' ? 'low' : null;
}

function csvFormat(header: readonly string[]): { format: ImportFormat; confidence: Confidence } {
  const keys = new Set(header.map(normalizeKey));
  if (FLOW_COLUMNS.every((c) => keys.has(c))) return { format: 'tidy', confidence: 'high' };
  if (['cmdcode', 'flowcode', 'primaryvalue'].every((k) => keys.has(k))) {
    return { format: 'comtrade-csv', confidence: 'high' };
  }
  if (['cmdcode', 'flowcode'].every((k) => keys.has(k)))
    return { format: 'comtrade-csv', confidence: 'medium' };
  const gacc = findColumns(header, GACC_ALIASES);
  if (gacc.code !== undefined && gacc.partnerCode !== undefined) {
    return { format: 'gacc', confidence: findValueColumns(header).length > 0 ? 'high' : 'medium' };
  }
  return { format: 'unknown', confidence: 'low' };
}

/** Format from the start of the bytes, decoded as `encoding` (chosen beforehand). */
export function detectBytesFormat(
  bytes: Uint8Array,
  encoding: TextEncodingName,
  fileName: string,
): { format: ImportFormat; confidence: Confidence } {
  return detectTextFormat(decodeHead(bytes, encoding), fileName);
}

/** Format from decoded text (the decoding is chosen beforehand). */
export function detectTextFormat(
  text: string,
  fileName: string,
): { format: ImportFormat; confidence: Confidence } {
  const json = looksLikeJson(text, fileName);
  if (json) return { format: 'comtrade-json', confidence: json };
  return csvFormat(firstRecord(text));
}

function lower(a: Confidence, b: Confidence): Confidence {
  const order: Confidence[] = ['low', 'medium', 'high'];
  return order[Math.min(order.indexOf(a), order.indexOf(b))] ?? 'low';
}

export function detectFormat(bytes: Uint8Array, fileName: string, encoding?: TextEncodingName): DetectResult {
  const guess = encoding ? { encoding, confidence: 'high' as const } : detectEncoding(bytes);
  const { format, confidence } = detectBytesFormat(bytes, guess.encoding, fileName);
  // A China Customs header read as GB18030 confirms the guess; so does any recognised header.
  const encodingConfidence = format === 'unknown' ? guess.confidence : 'high';
  return { format, encoding: guess.encoding, confidence: lower(confidence, encodingConfidence) };
}
