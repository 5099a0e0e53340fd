// How a range-slider handle moves, as pure functions of positions (indices into the period list).

export type Handle = 'from' | 'to';

/** PageUp/PageDown jump a year of months, or a few years. */
export function bigStep(monthly: boolean): number {
  return monthly ? 12 : 3;
}

/** The handle's new position after a key, or null if the key does not move it. Handles never cross. */
export function positionAfterKey(
  key: string,
  handle: Handle,
  [from, to]: readonly [number, number],
  count: number,
  big: number,
): number | null {
  const current = handle === 'from' ? from : to;
  const low = handle === 'from' ? 0 : from;
  const high = handle === 'from' ? to : count - 1;
  const moves: Record<string, number> = {
    ArrowLeft: current - 1,
    ArrowDown: current - 1,
    ArrowRight: current + 1,
    ArrowUp: current + 1,
    PageDown: current - big,
    PageUp: current + big,
    Home: low,
    End: high,
  };
  if (!Object.hasOwn(moves, key)) return null;
  return Math.min(high, Math.max(low, moves[key] as number));
}

/** The period position under a pointer at `x` on a track from `left` spanning `width` px. */
export function positionAtPointer(x: number, left: number, width: number, count: number): number {
  if (count <= 1 || width <= 0) return 0;
  const ratio = Math.min(1, Math.max(0, (x - left) / width));
  return Math.round(ratio * (count - 1));
}

/** The handle a pointer grabs: the nearer one (ties go to the one that can move that way). */
export function nearestHandle(position: number, [from, to]: readonly [number, number]): Handle {
  if (position < from) return 'from';
  if (position > to) return 'to';
  return position - from <= to - position ? 'from' : 'to';
}
