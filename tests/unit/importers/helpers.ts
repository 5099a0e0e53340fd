// Test helpers: fixture bytes, and a GB18030 encoder for the few characters our fixtures use. The encoder is the
// inverse of TextDecoder('gb18030') over the two-byte range, so it agrees with the decoder by construction.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const FIXTURES = path.resolve(__dirname, '../../fixtures/importers');

export function fixtureText(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

let twoByteTable: Map<string, [number, number]> | null = null;

function gbTable(): Map<string, [number, number]> {
  if (twoByteTable) return twoByteTable;
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\uFFFD' && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  twoByteTable = table;
  return table;
}

export function gb18030(text: string): Uint8Array {
  const table = gbTable();
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = table.get(char);
    if (!pair) throw new Error(`no two-byte GB18030 code for ${char}`);
    bytes.push(...pair);
  }
  return new Uint8Array(bytes);
}

/** The raw sources, where the pipeline finds them: DATA_MIRROR, else ../shared/data-sources/ beside the repo. */
const DATA_SOURCES =
  process.env.DATA_MIRROR?.trim() || path.resolve(__dirname, '../../../../shared/data-sources');
export const SAMPLE_GACC = `${DATA_SOURCES}/gacc-export-sample/gacc_export_sample_300rows.csv`;
export const SAMPLE_COMTRADE = `${DATA_SOURCES}/comtrade-china-russia-monthly-totals/comtrade_imports_chn_from_rus_2017_2024.csv`;

export function readBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}
