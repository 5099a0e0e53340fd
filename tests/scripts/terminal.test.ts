// Issue 13 item 7: text from files reaches the terminal with its control characters escaped, never acting.
import { describe, expect, it } from 'vitest';
import { escapeValue, terminalLine } from '../../scripts/terminal';

describe('terminal-safe text', () => {
  it('shows ESC, CR, C1 CSI, DEL, NUL and bidi overrides as escapes', () => {
    expect(terminalLine('\x1b[2J\x1b[HFAKE: import OK')).toBe('\\x1b[2J\\x1b[HFAKE: import OK');
    expect(terminalLine('ok\rFAKE')).toBe('ok\\rFAKE');
    expect(terminalLine('\x9b2J \x7f \0 \x07')).toBe('\\x9b2J \\x7f \\x00 \\x07');
    expect(terminalLine('abc\u202edcba')).toBe('abc\\u202edcba');
  });

  it('keeps the program’s own newlines in a line but not in a value', () => {
    expect(terminalLine('usage:\n  x')).toBe('usage:\n  x');
    expect(escapeValue('a\nFAKE: import OK')).toBe('a\\nFAKE: import OK');
  });

  it('leaves ordinary text, CJK and Cyrillic alone', () => {
    const text = 'Россия 俄罗斯联邦 854231 — 12.5%';
    expect(terminalLine(text)).toBe(text);
  });
});
