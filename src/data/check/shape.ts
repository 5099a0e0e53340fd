// A few structural checks for JSON, without zod: enough to validate manifest.json in the worker. Each check
// returns the value it accepts (objects keep only their declared keys, as zod does) or the first problem
// with its path. tests/unit/data/manifest-check.test.ts holds the manifest check to the zod schema.
import { readUrl } from '../csv/cell-rules';

export type Path = (string | number)[];
export type ShapeResult = { ok: true; value: unknown } | { ok: false; path: Path; message: string };
export type Shape = (input: unknown) => ShapeResult;

const ok = (value: unknown): ShapeResult => ({ ok: true, value });
const bad = (message: string, path: Path = []): ShapeResult => ({ ok: false, path, message });

function typeName(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

const expected = (type: string, input: unknown) =>
  bad(`Invalid input: expected ${type}, received ${typeName(input)}`);

export function text(options: { pattern?: RegExp; message?: string; url?: boolean } = {}): Shape {
  return (input) => {
    if (typeof input !== 'string') return expected('string', input);
    if (options.pattern && !options.pattern.test(input))
      return bad(options.message ?? `Invalid string: must match pattern ${String(options.pattern)}`);
    if (!options.url) return ok(input);
    const url = readUrl(input);
    return url === undefined ? bad('Invalid URL') : ok(url);
  };
}

/** A finite number; `int`: a non-negative safe integer (counts of rows and bytes). */
export function count(options: { int?: boolean } = {}): Shape {
  return (input) => {
    if (typeof input !== 'number' || !Number.isFinite(input)) return expected('number', input);
    if (!options.int) return ok(input);
    if (!Number.isSafeInteger(input)) return bad('Invalid input: expected a safe integer');
    if (input < 0) return bad('Too small: expected number to be >=0');
    return ok(input);
  };
}

export function oneOf(options: readonly (string | number)[]): Shape {
  return (input) =>
    options.includes(input as string | number)
      ? ok(input)
      : bad(`Invalid option: expected one of ${options.map((o) => JSON.stringify(o)).join('|')}`);
}

export function nullable(shape: Shape): Shape {
  return (input) => (input === null ? ok(null) : shape(input));
}

export function listOf(item: Shape): Shape {
  return (input) => {
    if (!Array.isArray(input)) return expected('array', input);
    const values: unknown[] = [];
    for (let i = 0; i < input.length; i++) {
      const result = item(input[i]);
      if (!result.ok) return bad(result.message, [i, ...result.path]);
      values.push(result.value);
    }
    return ok(values);
  };
}

/** Keys listed in `optional` may be absent (undefined); any other key must pass its shape. */
export function record(fields: Readonly<Record<string, Shape>>, optional: readonly string[] = []): Shape {
  return (input) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return expected('object', input);
    const source = input as Record<string, unknown>;
    const value: Record<string, unknown> = {};
    for (const [key, shape] of Object.entries(fields)) {
      if (source[key] === undefined && optional.includes(key)) continue;
      const result = shape(source[key]);
      if (!result.ok) return bad(result.message, [key, ...result.path]);
      value[key] = result.value;
    }
    return ok(value);
  };
}
