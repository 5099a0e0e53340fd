// Where the short labels of the few events that matter go, as Datawrapper places its annotations: each label
// starts at its event's date (a leader joins them), moves left only as far as the plot's right edge asks, and
// takes the first row where it overlaps no other label. A label that finds no room at this width is not
// squeezed in: it is returned as dropped, and the chart groups it with the other events under one marker.

export interface EventLabelInput {
  id: string;
  /** Where the event's date falls on the x axis. */
  dateX: number;
  /** The label's width in px at the font it is drawn in. */
  width: number;
}

export interface EventLabelStrip {
  left: number;
  right: number;
  /** At most this many rows of labels above the plot. */
  maxRows: number;
  /** Free space kept between two labels in one row. */
  gap: number;
}

export interface PlacedEventLabel extends EventLabelInput {
  /** Left edge of the label. */
  x: number;
  row: number;
}

export interface EventLabelLayout {
  placed: PlacedEventLabel[];
  /** Labels with no room at this width, in date order. */
  dropped: string[];
  rows: number;
}

const overlaps = (a: { x: number; width: number }, b: { x: number; width: number }, gap: number) =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap;

export function placeEventLabels(
  labels: readonly EventLabelInput[],
  strip: EventLabelStrip,
): EventLabelLayout {
  const sorted = [...labels].sort((a, b) => a.dateX - b.dateX || a.id.localeCompare(b.id));
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
    while (
      row < strip.maxRows &&
      placed.some((other) => other.row === row && overlaps(other, candidate, strip.gap))
    )
      row++;
    if (row < strip.maxRows) placed.push({ ...candidate, row });
    else dropped.push(label.id);
  }
  const rows = placed.length === 0 ? 0 : Math.max(...placed.map((p) => p.row)) + 1;
  return { placed, dropped, rows };
}
