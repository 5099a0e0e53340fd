// CEPII's BACI release zip (HS17: several GB) -> the China<->Russia rows in the layout of our pinned copy, streamed:
// zip entries are inflated chunk by chunk (fflate Unzip) and their CSV lines filtered as they come, so neither the
// archive nor a yearly file is ever held in memory. Only the kept rows (~45,000) are.
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { DownloadError } from './http';

const PARTNERS = new Set(['156,643', '643,156']);
const HEADER = 't,i,j,k,v,q';

/** Splits streamed bytes into lines; the last line may end without a newline. */
export function lineSplitter(onLine: (line: string) => void) {
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  return (chunk: Uint8Array, final: boolean) => {
    const lines = (carry + decoder.decode(chunk, { stream: !final })).split('\n');
    carry = final ? '' : (lines.pop() ?? '');
    for (const line of lines) if (line.trim() !== '') onLine(line.replace(/\r$/, ''));
  };
}

const cell = (raw: string) =>
  raw
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .trim();

/**
 * One BACI line in our copy's layout (the copying repo read the CSVs with pandas): HS6 code as an integer
 * (leading zero dropped), missing quantity ("NA") empty, padding trimmed. null when not a China<->Russia row.
 */
export function normaliseBaciLine(line: string): string | null {
  const cells = line.split(',').map(cell);
  const [t, i, j, k, v, q] = cells;
  if (cells.length !== 6 || !PARTNERS.has(`${i},${j}`)) return null;
  const hs6 = /^\d{1,6}$/.test(k ?? '') ? String(Number(k)) : (k ?? '');
  const quantity = q === 'NA' ? '' : (q ?? '');
  return [t, i, j, hs6, v, quantity].join(',');
}

function yearEntry(name: string, release: string): string | null {
  const match = new RegExp(`BACI_HS17_Y(\\d{4})_${release}\\.csv$`).exec(name);
  return match?.[1] ?? null;
}

function readEntry(file: UnzipFile, year: string, rows: string[], fail: (message: string) => void) {
  let header: string | null = null;
  const split = lineSplitter((line) => {
    if (header === null) {
      header = line.split(',').map(cell).join(',');
      if (header !== HEADER) fail(`${file.name}: header "${header}", expected "${HEADER}"`);
      return;
    }
    const kept = normaliseBaciLine(line);
    if (kept !== null) rows.push(kept);
  });
  file.ondata = (error, chunk, final) =>
    error ? fail(`${file.name}: ${error.message}`) : split(chunk, final);
  file.start();
  return year;
}

export interface BaciZipResult {
  /** CSV text: header, then each year's kept rows in the archive's order. */
  csv: string;
  years: string[];
}

export async function filterBaciZip(
  body: ReadableStream<Uint8Array>,
  release: string,
  log: (message: string) => void,
): Promise<BaciZipResult> {
  const byYear = new Map<string, string[]>();
  const errors: string[] = [];
  const unzip = new Unzip((file) => {
    const year = yearEntry(file.name, release);
    if (year === null) {
      // Entries we skip must still be started, or fflate keeps their bytes.
      file.ondata = () => undefined;
      file.start();
      return;
    }
    const rows: string[] = [];
    byYear.set(year, rows);
    readEntry(file, year, rows, (message) => errors.push(message));
  });
  unzip.register(UnzipInflate);
  const reader = body.getReader();
  let received = 0;
  let nextLog = 256 * 2 ** 20;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.length;
    if (received >= nextLog) {
      log(`  baci: ${(received / 2 ** 20).toFixed(0)} MiB read`);
      nextLog += 256 * 2 ** 20;
    }
    unzip.push(value);
  }
  unzip.push(new Uint8Array(0), true);
  if (errors.length > 0) throw new DownloadError(`BACI zip: ${errors.join('; ')}`);
  const years = [...byYear.keys()].sort();
  if (years.length === 0) throw new DownloadError(`BACI zip: no BACI_HS17_Y*_${release}.csv entry`);
  const lines = years.flatMap((year) => byYear.get(year) ?? []);
  return { csv: `${HEADER}\n${lines.join('\n')}\n`, years };
}
