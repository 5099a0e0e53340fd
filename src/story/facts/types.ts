// What a "What the data shows" paragraph is made of: numbers computed from the loaded rows, and the
// sentences that state them. Tests compare each figure with the same quantity computed independently.
import type {
  ChplItem,
  ConcordanceRow,
  EventRow,
  FlowRow,
  GaccReportedTotal,
  HeadlineFigure,
  PartnerRow,
} from '../../data/schema';

export interface Finding {
  /** Every number the sentences show, by name (null = no data, never 0). */
  figures: Readonly<Record<string, number | null>>;
  sentences: readonly string[];
  /** Pages the sentences quote figures from, linked under them; `secondary`: an outlet quoting the publisher. */
  sources?: readonly FindingSource[];
}

export interface FindingSource {
  label: string;
  url: string;
  secondary: boolean;
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
  /** China Customs' year-to-date totals as quoted by the press; [] in a build without them. */
  gaccTotals: readonly GaccReportedTotal[];
  events: readonly EventRow[];
  /** partners.csv: what the findings name partners from in Chinese and Russian. */
  partners: readonly PartnerRow[];
}
