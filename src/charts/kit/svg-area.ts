// The stacked area's path data, as d3-shape 3's area() writes it (./svg-path.ts): a module of its own, so that only
// the stacked chart's chunk carries it.
import { at } from './svg-path';

/** d3's area() with x, y0 and y1: along the top (y1) forward, back along the base (y0), closed. */
export function areaPath(points: readonly { x: number; y0: number; y1: number }[]): string | null {
  if (points.length === 0) return null;
  const top = points.map((point, i) => `${i === 0 ? 'M' : 'L'}${at(point.x, point.y1)}`);
  const base = points.map((point) => `L${at(point.x, point.y0)}`).reverse();
  return `${top.join('')}${base.join('')}Z`;
}
