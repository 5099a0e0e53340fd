// A reader's imported file as the app holds it in memory: the tidy rows, the years summed from their months,
// what the explorer's choices need, and what is known of where the rows came from. Built once, in the import
// worker, so the page never loops over a large file's rows to describe it. Never written anywhere.
import type { FlowRow } from '../../data/schema';
import type { ImportFormat, TextEncodingName } from '../../data/importers/types';
import { sumMonthsToYears, type AnnualSums } from './annual';
import { describeRows, type FileFacts } from './file-facts';
import { slugOf, userSourceOf } from './slug';

export interface UserFile {
  /** The name the reader's file had on their machine. */
  name: string;
  slug: string;
  /** "user:<slug>", on every row. */
  sourceId: string;
  format: ImportFormat;
  encoding: TextEncodingName;
  /** Size of the file read, in bytes. */
  bytes: number;
  /** When it was imported (ISO 8601). */
  importedAt: string;
  /** The tidy rows, as imported. */
  rows: readonly FlowRow[];
  /** Years summed from 12 months, for the annual view. */
  sums: AnnualSums;
  facts: FileFacts;
}

export interface UserFileInput {
  name: string;
  format: ImportFormat;
  encoding: TextEncodingName;
  bytes: number;
  importedAt: string;
  rows: FlowRow[];
}

/**
 * The importer labels rows "user:<file name>" (a tidy file may even name its own user source): every row of
 * one file gets the one id "user:<slug>". The rows are the importer's fresh objects, so they are relabelled
 * in place rather than copied (a million rows).
 */
export function userFileOf(input: UserFileInput): UserFile {
  const slug = slugOf(input.name);
  const sourceId = userSourceOf(slug);
  for (const row of input.rows) row.source = sourceId;
  const sums = sumMonthsToYears(input.rows);
  return { ...input, slug, sourceId, sums, facts: describeRows(input.rows, sums.rows) };
}
