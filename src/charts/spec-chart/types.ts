// What a chart drawn from a ChartSpec receives: the series a query computed plus everything needed to read
// them honestly (unit, breaks, events, sources, caveats) and to export exactly what is shown.
import type { Caveat, EventRow, FlowRow, ManifestSource, SeriesBreak } from '../../data/schema';
import type { SeriesOverlap } from '../../query/overlaps';
import type { Series, Unit } from '../../data/series';
import type { ChartSpec } from '../../spec';

export interface SpecChartData {
  spec: ChartSpec;
  series: readonly Series[];
  unit: Unit;
  /** Every period of the x axis, in order (annual "2017" or monthly "2017-01"). */
  periods: readonly string[];
  breaks: readonly SeriesBreak[];
  events: readonly EventRow[];
  sources: readonly ManifestSource[];
  caveats: readonly Caveat[];
  /** public/data paths this chart read (for provenance in downloads). */
  filePaths: readonly string[];
  /** The tidy rows behind the chart, before aggregation: "the full dataset this chart draws from". */
  flowRows: readonly FlowRow[];
  /** Pairs of series holding the same trade (a tier and one of its codes): never stacked. Absent = none. */
  overlaps?: readonly SeriesOverlap[];
  /** Things the reader should know about this view (e.g. series capped, base period missing). */
  notices: readonly string[];
  /**
   * About the HS 2017 -> HS 2022 change: the codes the comparable basis leaves out, or shown series holding codes
   * not comparable across it (src/query/hs-change-notes.ts). Each links to the relation table. Absent = none.
   */
  hsNotes?: readonly string[];
  title: string;
  subtitle: string;
  /**
   * Per period, when its one value reads years on two sides of a break (a change on a year earlier, an index, a
   * rolling sum), the sentence naming it, for its tooltip and table row. Absent (older prerendered data) = none.
   */
  crossings?: Readonly<Record<string, string>>;
  sourceLine: string;
  dataVersion: string;
}
