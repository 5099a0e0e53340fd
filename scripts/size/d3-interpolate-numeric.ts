// What d3-scale imports from d3-interpolate, for scales whose range is numbers (every scale in this app maps
// data to pixels). d3-interpolate's generic `interpolate` also handles colours, strings, dates and objects,
// and so pulls in all of d3-color (~4 KB gzip, a third of what the embed may still grow). The build swaps this
// module in for d3-scale's import only (numeric-interpolate.ts); anything else that imports d3-interpolate
// gets the real one. A non-numeric range is refused loudly rather than drawn wrong.

type Interpolator = (t: number) => number;

export function interpolateNumber(a: number, b: number): Interpolator {
  // The same expression as d3-interpolate's number.js, so results are bit-identical.
  return (t) => a * (1 - t) + b * t;
}

export function interpolateRound(a: number, b: number): Interpolator {
  return (t) => Math.round(a * (1 - t) + b * t);
}

export function interpolate(a: unknown, b: unknown): Interpolator {
  if (typeof a === 'number' && typeof b === 'number') return interpolateNumber(a, b);
  throw new TypeError(
    `This build interpolates numeric scale ranges only (got ${typeof a} and ${typeof b}): ` +
      'see scripts/size/d3-interpolate-numeric.ts',
  );
}

export function piecewise(): never {
  throw new TypeError(
    'piecewise interpolation is not in this build: see scripts/size/d3-interpolate-numeric.ts',
  );
}
