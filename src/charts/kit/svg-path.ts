// SVG path data of the line marks (the stacked area's: ./svg-area.ts), written exactly as d3-shape 3's line() and
// area() write it with
// their defaults (linear curve, coordinates rounded to 3 decimals): tests/unit/charts/svg-path.test.ts holds the
// two to d3's output. Two loops instead of d3-shape's generators and d3-path's writer, which every page loaded
// (about 1 KB gzip) for these two calls only.

/** What d3-path writes for a coordinate with 3 digits: rounded, then as JavaScript writes the number. */
const round = (value: number) => Math.round(value * 1000) / 1000;
export const at = (x: number, y: number) => `${round(x)},${round(y)}`;

/** d3's line(): M to the first point, L to each next; a lone point is closed (Z), as d3 closes it. */
export function linePath(points: readonly { x: number; y: number }[]): string | null {
  if (points.length === 0) return null;
  const d = points.map((point, i) => `${i === 0 ? 'M' : 'L'}${at(point.x, point.y)}`).join('');
  return points.length === 1 ? `${d}Z` : d;
}
