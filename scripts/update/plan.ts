// Splits months x codes x partners into requests that each stay under the API's record cap.
// Worst case, a request returns one row per cell (month x code x partner) times rowsPerCell.

export interface ChunkQuery {
  /** "YYYY-MM", ascending. */
  months: readonly string[];
  /** HS6 codes as sent to Comtrade. */
  cmdCodes: readonly string[];
  /** Comtrade partner area codes. */
  partners: readonly number[];
}

export interface ChunkLimits {
  /** Records the endpoint returns at most; a response that reaches it may be cut short. */
  maxRecords: number;
  /** Periods the endpoint accepts in one request. */
  maxPeriods: number;
  /** Rows one month x code x partner cell can yield (1 in Comtrade's classic breakdown mode). */
  rowsPerCell: number;
}

export function cellCount(chunk: ChunkQuery): number {
  return chunk.months.length * chunk.cmdCodes.length * chunk.partners.length;
}

/** Largest cell count whose worst-case rows stay strictly below the cap (a response AT the cap is suspect). */
export function maxCellsPerChunk(limits: ChunkLimits): number {
  return Math.floor((limits.maxRecords - 1) / limits.rowsPerCell);
}

/** Cuts items into the fewest groups of at most `size`, with sizes differing by at most one. */
export function partition<T>(items: readonly T[], size: number): T[][] {
  if (items.length === 0) return [];
  const groups = Math.ceil(items.length / size);
  const base = Math.floor(items.length / groups);
  const extra = items.length % groups;
  const out: T[][] = [];
  let start = 0;
  for (let g = 0; g < groups; g++) {
    const end = start + base + (g < extra ? 1 : 0);
    out.push(items.slice(start, end));
    start = end;
  }
  return out;
}

/** Calendar-year groups of sorted months: chunks then stay the same from one monthly run to the next (cache hits). */
function byYear(months: readonly string[]): string[][] {
  const years = new Map<string, string[]>();
  for (const month of months) years.set(month.slice(0, 4), [...(years.get(month.slice(0, 4)) ?? []), month]);
  return [...years.values()];
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

export function planChunks(query: ChunkQuery, limits: ChunkLimits): ChunkQuery[] {
  const months = unique(query.months).sort();
  const cmdCodes = unique(query.cmdCodes);
  const partners = unique(query.partners);
  if (months.length === 0 || cmdCodes.length === 0 || partners.length === 0) return [];
  const maxCells = maxCellsPerChunk(limits);
  if (maxCells < 1 || limits.maxPeriods < 1) {
    throw new RangeError(
      `record cap ${limits.maxRecords} leaves no room for ${limits.rowsPerCell} row(s) a cell`,
    );
  }
  const codesPerChunk = Math.min(cmdCodes.length, maxCells);
  const partnersPerChunk = Math.min(partners.length, Math.max(1, Math.floor(maxCells / codesPerChunk)));
  const monthsPerChunk = Math.min(
    limits.maxPeriods,
    Math.max(1, Math.floor(maxCells / (codesPerChunk * partnersPerChunk))),
  );
  const chunks: ChunkQuery[] = [];
  for (const monthGroup of byYear(months).flatMap((year) => partition(year, monthsPerChunk))) {
    for (const partnerGroup of partition(partners, partnersPerChunk)) {
      for (const codeGroup of partition(cmdCodes, codesPerChunk)) {
        chunks.push({ months: monthGroup, cmdCodes: codeGroup, partners: partnerGroup });
      }
    }
  }
  return chunks;
}

function halves<T>(items: readonly T[]): [T[], T[]] {
  const mid = Math.ceil(items.length / 2);
  return [items.slice(0, mid), items.slice(mid)];
}

/** Halves the longest dimension of a chunk whose response hit the cap; null when it is a single cell. */
export function splitChunk(chunk: ChunkQuery): [ChunkQuery, ChunkQuery] | null {
  const { months, cmdCodes, partners } = chunk;
  // One code in one month is the smallest request worth making: its cap hit is reported, not split further
  // (splitting by partner could multiply requests against an API that reports the cap for everything).
  if (months.length <= 1 && cmdCodes.length <= 1) return null;
  const longest = Math.max(months.length, cmdCodes.length, partners.length);
  if (months.length === longest) {
    const [a, b] = halves(months);
    return [
      { ...chunk, months: a },
      { ...chunk, months: b },
    ];
  }
  if (partners.length === longest) {
    const [a, b] = halves(partners);
    return [
      { ...chunk, partners: a },
      { ...chunk, partners: b },
    ];
  }
  const [a, b] = halves(cmdCodes);
  return [
    { ...chunk, cmdCodes: a },
    { ...chunk, cmdCodes: b },
  ];
}

/** A short human description of a chunk, for logs, the dry-run plan and error messages. */
export function describeChunk(chunk: ChunkQuery): string {
  const first = chunk.months[0] ?? '?';
  const last = chunk.months[chunk.months.length - 1] ?? '?';
  const span = first === last ? first : `${first}..${last} (${chunk.months.length} months)`;
  const codes = chunk.cmdCodes.length <= 3 ? chunk.cmdCodes.join(',') : `${chunk.cmdCodes.length} codes`;
  return `${span} x ${codes} x partners ${chunk.partners.join(',')}`;
}
