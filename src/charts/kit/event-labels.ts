// Where the short labels of the few events that matter go, as Datawrapper places its annotations: each label
// starts at its event's date (a leader joins them), moves left only as far as the plot's right edge asks, and
// takes the first row where it overlaps no other label and crosses no other label's leader (leaders run down from
// their label, through the rows below it, to the plot). A label that finds no room at this width is not
// squeezed in: it is returned as dropped, and the chart groups it with the other events under one marker.

export interface EventLabelInput {
  id: string;
  /** Where the event's date falls on the x axis. */
  dateX: number;
  /** The label's width in px at the font it is drawn in. */
  width: number;
  /** Labels of a lower rank take their places first (default 0); within a rank, in date order. */
  rank?: number;
}

export interface EventLabelStrip {
  left: number;
  right: number;
  /** At most this many rows of labels above the plot. */
  maxRows: number;
  /** Free space kept between two labels in one row. */
  gap: number;
  /**
   * Where a label's text starts after its left edge: the leader of a label that is not pushed left runs in
   * this inset, so another leader may run there too (two events of one date stack in two rows).
   */
  textInset?: number;
}

export interface PlacedEventLabel extends EventLabelInput {
  /** Left edge of the label. */
  x: number;
  row: number;
}

export interface EventLabelLayout {
  placed: PlacedEventLabel[];
  /** Labels with no room at this width, in the order they were tried (rank, then date). */
  dropped: string[];
  rows: number;
}

const overlaps = (a: { x: number; width: number }, b: { x: number; width: number }, gap: number) =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap;

/** Room kept between a leader line and a label it passes. */
const LEADER_CLEARANCE = 1;

/** Whether a leader at `leaderX` would run across the text of `label`. */
const covers = (label: { x: number; width: number }, leaderX: number, inset: number) =>
  leaderX > label.x + inset - LEADER_CLEARANCE && leaderX < label.x + label.width + LEADER_CLEARANCE;

/** A label in `row` would collide with `other`: same row and too close, or across its leader (or it across ours). */
function collides(
  candidate: EventLabelInput & { x: number },
  row: number,
  other: PlacedEventLabel,
  strip: EventLabelStrip,
) {
  const inset = strip.textInset ?? 0;
  if (other.row === row) return overlaps(other, candidate, strip.gap);
  if (other.row < row) return covers(candidate, other.dateX, inset);
  return covers(other, candidate.dateX, inset);
}

export function placeEventLabels(
  labels: readonly EventLabelInput[],
  strip: EventLabelStrip,
): EventLabelLayout {
  const sorted = [...labels].sort(
    (a, b) => (a.rank ?? 0) - (b.rank ?? 0) || a.dateX - b.dateX || a.id.localeCompare(b.id),
  );
  const placed: PlacedEventLabel[] = [];
  const dropped: string[] = [];
  for (const label of sorted) {
    const room = strip.right - strip.left;
    if (!(label.width > 0) || label.width > room) {
      dropped.push(label.id);
      continue;
    }
    const x = Math.min(Math.max(strip.left, label.dateX), strip.right - label.width);
    const candidate = { ...label, x };
    let row = 0;
    while (row < strip.maxRows && placed.some((other) => collides(candidate, row, other, strip))) row++;
    if (row < strip.maxRows) placed.push({ ...candidate, row });
    else dropped.push(label.id);
  }
  const rows = placed.length === 0 ? 0 : Math.max(...placed.map((p) => p.row)) + 1;
  return { placed, dropped, rows };
}
