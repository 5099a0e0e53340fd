// Hand-written checks of one CSV cell, zod-free and allocation-light: the worker validates every row of every
// file with these. They give the messages the zod schemas in schema.ts give (those stay the data contract;
// tests/unit/data/row-rules.test.ts holds the two to the same verdicts and messages).

export type CellRule =
  | { kind: 'text'; min?: number; max?: number }
  | { kind: 'pattern'; pattern: RegExp; message?: string; also?: readonly string[] }
  | { kind: 'oneOf'; options: readonly string[] }
  | { kind: 'url' }
  | { kind: 'number'; int?: boolean; nonNegative?: boolean };

/**
 * An empty cell is null only where the column allows null; it is never 0. `optional`: a column added after
 * earlier data versions were published, which a file may lack (its cells then read as empty).
 */
export type ColumnRule = CellRule & { nullable?: boolean; optional?: boolean };

/** A table's rules, column by column, in file order. */
export type ColumnRules = Readonly<Record<string, ColumnRule>>;

export type CellValue = string | number | null;

/** `coerce`: the text is not a value of the column's type at all (reported alone, before any other check). */
export type CellResult = { ok: true; value: CellValue } | { ok: false; coerce: boolean; messages: string[] };

const NUMBER_PATTERN = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const TAB_OR_NEWLINE = /[\t\n\r]/g;

const fail = (messages: string[], coerce = false): CellResult => ({ ok: false, coerce, messages });

function truncate(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}

/** zod's z.url(): a URL the platform can parse, once trimmed; the value kept is trimmed, tabs and newlines out. */
export function readUrl(raw: string): string | undefined {
  const trimmed = raw.trim();
  try {
    new URL(trimmed);
  } catch {
    return undefined;
  }
  return trimmed.replace(TAB_OR_NEWLINE, '');
}

function oneOfMessage(options: readonly string[]): string {
  return options.length === 1
    ? `Invalid input: expected "${options[0]}"`
    : `Invalid option: expected one of ${options.map((o) => `"${o}"`).join('|')}`;
}

function checkText(raw: string, rule: Exclude<CellRule, { kind: 'number' }>): CellResult {
  switch (rule.kind) {
    case 'text':
      if (rule.min !== undefined && raw.length < rule.min)
        return fail([`Too small: expected string to have >=${rule.min} characters`]);
      if (rule.max !== undefined && raw.length > rule.max)
        return fail([`Too big: expected string to have <=${rule.max} characters`]);
      return { ok: true, value: raw };
    case 'pattern':
      if (rule.pattern.test(raw) || (rule.also !== undefined && rule.also.includes(raw)))
        return { ok: true, value: raw };
      return fail([rule.message ?? `Invalid string: must match pattern ${String(rule.pattern)}`]);
    case 'oneOf':
      return rule.options.includes(raw) ? { ok: true, value: raw } : fail([oneOfMessage(rule.options)]);
    case 'url': {
      const value = readUrl(raw);
      return value === undefined ? fail(['Invalid URL']) : { ok: true, value };
    }
  }
}

function checkNumber(text: string, rule: Extract<CellRule, { kind: 'number' }>): CellResult {
  if (!NUMBER_PATTERN.test(text)) return fail([`"${truncate(text)}" is not a number`], true);
  const value = Number(text);
  if (!Number.isFinite(value)) return fail([`Invalid input: expected number, received ${value}`]);
  const messages: string[] = [];
  if (rule.int) {
    if (!Number.isInteger(value)) return fail(['Invalid input: expected int, received number']);
    if (value > Number.MAX_SAFE_INTEGER)
      messages.push(`Too big: expected int to be <=${Number.MAX_SAFE_INTEGER}`);
    if (value < Number.MIN_SAFE_INTEGER)
      messages.push(`Too small: expected int to be >=${Number.MIN_SAFE_INTEGER}`);
  }
  if (rule.nonNegative && value < 0) messages.push('Too small: expected number to be >=0');
  return messages.length > 0 ? fail(messages) : { ok: true, value };
}

/** One raw cell -> its typed value, or why not. Strings keep their raw text (leading zeros, spaces). */
export function checkCell(raw: string, rule: ColumnRule): CellResult {
  if (rule.kind !== 'number') {
    if (rule.nullable && raw.trim() === '') return { ok: true, value: null };
    return checkText(raw, rule);
  }
  const text = raw.trim();
  if (text === '')
    return rule.nullable ? { ok: true, value: null } : fail(['empty, expected a number'], true);
  return checkNumber(text, rule);
}
