// The importer's public types: what a caller passes in and what it gets back. Plain data, so a result can
// cross a worker boundary with postMessage unchanged.
import type { Currency, FlowRow } from '../schema';

export type ImportFormat = 'comtrade-csv' | 'comtrade-json' | 'gacc' | 'tidy' | 'unknown';
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
export type Confidence = 'high' | 'medium' | 'low';

export interface DetectResult {
  format: ImportFormat;
  encoding: TextEncodingName;
  confidence: Confidence;
}

export type FlowDirection = 'exports' | 'imports';

/** What the file does not say and the reader must: the UI asks, then calls importFile again with it. */
export type ImportNeed = 'period' | 'flow' | 'currency';

export interface ImportProgress {
  /** Data rows read so far. */
  rows: number;
  /** Share of the text parsed, 0..1. */
  fraction: number;
  /** Bytes of the file read so far (the async importer reports them). */
  bytes?: number;
  totalBytes?: number;
}

export interface ImportOptions {
  /** "2023" or "2023-04": the period of a China Customs query that was not grouped by month. */
  period?: string;
  /** China Customs queries are either exports or imports; the file does not say which. */
  flow?: FlowDirection;
  /** Currency of a China Customs value column whose header does not name one. A header that does name one wins. */
  currencyHint?: Currency;
  /** Force an encoding instead of detecting it. */
  encoding?: TextEncodingName;
  /** Extra China Customs partner codes the reader maps by hand, e.g. { "341": "KAZ" }. */
  partnerMap?: Record<string, string>;
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
}

export interface RejectedRow {
  /** 1-based line of the file as a reader sees it (header = 1); for JSON, the 1-based record number. */
  row: number;
  column: string | null;
  value: string;
  message: string;
  /** "unsupported": valid in its source but outside what the app can show (e.g. an HS4 aggregate). */
  kind: 'invalid' | 'unsupported';
}

export interface UnresolvedPartner {
  code: string;
  name: string;
  rows: number;
}

export interface ImportSummary {
  /** Data rows read from the file (before rejection and summing). */
  inputRows: number;
  /** Tidy rows produced. */
  rows: number;
  periods: string[];
  products: number;
  partners: string[];
  currencies: Currency[];
}

export interface ImportResult {
  format: ImportFormat;
  encoding: TextEncodingName;
  rows: FlowRow[];
  rejected: RejectedRow[];
  warnings: string[];
  summary: ImportSummary;
  /** Partner codes this importer could not map to ISO3; their rows are in `rejected`. */
  unresolvedPartners: UnresolvedPartner[];
  /** Set when nothing could be imported; a sentence for the reader. */
  error: string | null;
  needs?: ImportNeed[];
  /** Set by importFileAsync when its AbortSignal stopped it. */
  cancelled?: boolean;
}
