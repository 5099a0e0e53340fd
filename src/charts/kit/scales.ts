// The value and time axes' scales, computed exactly as d3-scale 4 computes them (with d3-array 3's ticks) for what
// the charts ask of them: a linear or logarithmic (base 10, positive domain) map from two domain values to two
// pixel positions, a "nice" domain and round ticks. tests/unit/charts/scales.test.ts holds each to d3's own
// output. Why not d3-scale: its continuous scales, d3-array and the shims that kept d3-format and d3-color out
// were about 1.5 KB gzip of every page for these few functions. One difference, on purpose: a NaN value maps to
// NaN, where d3 returns undefined (no chart passes one: the layouts drop missing values first).

export type Scale = (value: number) => number;
type Extent = readonly [number, number];

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/** d3-array's tickSpec: the integer range [i1, i2] and the increment (negative: divide by its opposite). */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / Math.pow(10, power);
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  let i1: number;
  let i2: number;
  let inc: number;
  if (power < 0) {
    inc = Math.pow(10, -power) / factor;
    i1 = Math.round(start * inc);
    i2 = Math.round(stop * inc);
    if (i1 / inc < start) ++i1;
    if (i2 / inc > stop) --i2;
    inc = -inc;
  } else {
    inc = Math.pow(10, power) * factor;
    i1 = Math.round(start / inc);
    i2 = Math.round(stop / inc);
    if (i1 * inc < start) ++i1;
    if (i2 * inc > stop) --i2;
  }
  if (i2 < i1 && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [i1, i2, inc];
}

/** d3-array's ticks(start, stop, count). */
export function ticks(start: number, stop: number, count: number): number[] {
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const reverse = stop < start;
  const [i1, i2, inc] = reverse ? tickSpec(stop, start, count) : tickSpec(start, stop, count);
  if (!(i2 >= i1)) return [];
  const n = i2 - i1 + 1;
  const result: number[] = new Array<number>(n);
  for (let i = 0; i < n; ++i) {
    const k = reverse ? i2 - i : i1 + i;
    result[i] = inc < 0 ? k / -inc : k * inc;
  }
  return result;
}

/** d3-scale's bimap with d3-interpolate's number interpolation, over transformed domain values. */
function bimap([a, b]: Extent, [r0, r1]: Extent, transform: (x: number) => number): Scale {
  let d0 = transform(a);
  let d1 = transform(b);
  let from = r0;
  let to = r1;
  if (d1 < d0) [d0, d1, from, to] = [d1, d0, r1, r0];
  const span = d1 - d0;
  const normal = (x: number) => (span ? (x - d0) / span : Number.isNaN(span) ? NaN : 0.5);
  return (value) => {
    const t = normal(transform(value));
    return from * (1 - t) + to * t;
  };
}

const identity = (x: number) => x;

/** scaleLinear().domain(domain).range(range). */
export const linearScale = (domain: Extent, range: Extent): Scale => bimap(domain, range, identity);

/** scaleLog().domain(domain).range(range), for a positive domain. */
export const logScale = (domain: Extent, range: Extent): Scale => bimap(domain, range, Math.log);

/** d3-array's tickIncrement. */
const tickIncrement = (start: number, stop: number, count: number) => tickSpec(start, stop, count)[2];

/** scaleLinear().domain(domain).nice(count).domain(). */
export function niceLinear(domain: Extent, count: number): [number, number] {
  const reversed = domain[1] < domain[0];
  let start = reversed ? domain[1] : domain[0];
  let stop = reversed ? domain[0] : domain[1];
  let prestep: number | undefined;
  for (let iterations = 10; iterations > 0; iterations--) {
    const step = tickIncrement(start, stop, count);
    if (step === prestep) return reversed ? [stop, start] : [start, stop];
    if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else break;
    prestep = step;
  }
  // d3 leaves the domain as it was when the steps do not settle.
  return [domain[0], domain[1]];
}

/** d3-scale's pow10: 10 to a whole power, written as "1e<x>" so it is exact. */
const pow10 = (x: number) => (Number.isFinite(x) ? Number(`1e${x}`) : x < 0 ? 0 : x);

/** scaleLog().domain(domain).nice().domain(), for a positive domain. */
export function niceLog(domain: Extent): [number, number] {
  const floor = (x: number) => pow10(Math.floor(Math.log10(x)));
  const ceil = (x: number) => pow10(Math.ceil(Math.log10(x)));
  return domain[1] < domain[0] ? [ceil(domain[0]), floor(domain[1])] : [floor(domain[0]), ceil(domain[1])];
}

/** scaleLog().domain(domain).ticks(count), for a positive domain. */
export function logTicks(domain: Extent, count: number): number[] {
  const reversed = domain[1] < domain[0];
  const u = reversed ? domain[1] : domain[0];
  const v = reversed ? domain[0] : domain[1];
  let i = Math.log10(u);
  let j = Math.log10(v);
  let z: number[] = [];
  if (j - i < count) {
    i = Math.floor(i);
    j = Math.ceil(j);
    outer: for (; i <= j; ++i) {
      for (let k = 1; k < 10; ++k) {
        const t = i < 0 ? k / pow10(-i) : k * pow10(i);
        if (t < u) continue;
        if (t > v) continue outer;
        z.push(t);
      }
    }
    if (z.length * 2 < count) z = ticks(u, v, count);
  } else {
    z = ticks(i, j, Math.min(j - i, count)).map(pow10);
  }
  return reversed ? z.reverse() : z;
}
