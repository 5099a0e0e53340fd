// What a "What the data shows" paragraph is made of: numbers computed from the loaded rows, and the
// sentences that state them. Tests compare each figure with the same quantity computed independently.
import type { ChplItem, ConcordanceRow, EventRow, FlowRow, HeadlineFigure } from '../../data/schema';

export interface Finding {
  /** Every number the sentences show, by name (null = no data, never 0). */
  figures: Readonly<Record<string, number | null>>;
  sentences: readonly string[];
}

/** Everything the story's findings read, as loaded from public/data/. */
export interface StoryData {
  baciChpl: readonly FlowRow[];
  baciTotals: readonly FlowRow[];
  concordance: readonly ConcordanceRow[];
  chpl: readonly ChplItem[];
  imf: readonly FlowRow[];
  eurostat: readonly FlowRow[];
  comtrade: readonly FlowRow[];
  /** Monthly CHPL flows (UN Comtrade), only in builds that have them (`npm run data:update`). */
  comtradeChpl?: readonly FlowRow[];
  headlines: readonly HeadlineFigure[];
  events: readonly EventRow[];
}
