// Text from files (names, cells, codes) is printed by the CLIs; raw, a value like "\x1b[2J\x1b[H" would clear the
// screen and forge output. Every line the CLIs write goes through terminalLine, so a control character shows as
// its escape (\x1b, \r, \x9b, \u202e) instead of acting.

/** C0 and C1 controls, DEL, the line/paragraph separators and the bidi overrides (they reorder what is shown). */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
const UNSAFE_KEEP_NEWLINE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeChar(char: string): string {
  const named = NAMED[char];
  if (named !== undefined) return named;
  const code = char.codePointAt(0) ?? 0;
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One value from a file, on one line: every control character escaped, newlines too. */
export function escapeValue(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/** A line (or block of lines) the CLI writes: the program's own newlines stay, every other control is escaped. */
export function terminalLine(text: string): string {
  return text.replace(UNSAFE_KEEP_NEWLINE, escapeChar);
}

/** An output function whose every line is made safe for a terminal. */
export const safeOutput =
  (write: (line: string) => void) =>
  (line: string): void =>
    write(terminalLine(line));
