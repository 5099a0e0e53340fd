import { describe, expect, it } from 'vitest';
import { coerceCell, columnTypes } from '../../../src/data/csv/coerce';
import { flowRow } from '../../../src/data/schema';

describe('columnTypes', () => {
  it('reads number and nullable columns from the zod schema', () => {
    const types = columnTypes(flowRow);
    expect(types.value).toEqual({ kind: 'number', nullable: false });
    expect(types.quantity).toEqual({ kind: 'number', nullable: true });
    expect(types.product).toEqual({ kind: 'string', nullable: false });
    expect(types.quantity_unit).toEqual({ kind: 'string', nullable: true });
  });
});

describe('coerceCell', () => {
  const number = { kind: 'number', nullable: false } as const;
  const nullableNumber = { kind: 'number', nullable: true } as const;

  it('parses plain and scientific numbers', () => {
    expect(coerceCell('211400000', number)).toEqual({ ok: true, value: 211400000 });
    expect(coerceCell('-6.73', number)).toEqual({ ok: true, value: -6.73 });
    expect(coerceCell('1.5e9', number)).toEqual({ ok: true, value: 1.5e9 });
  });

  it('never turns an empty or odd cell into 0', () => {
    expect(coerceCell('', nullableNumber)).toEqual({ ok: true, value: null });
    expect(coerceCell('', number)).toEqual({ ok: false, message: 'empty, expected a number' });
    expect(coerceCell('1,234', number).ok).toBe(false);
    expect(coerceCell('0x10', number).ok).toBe(false);
    expect(coerceCell('NaN', number).ok).toBe(false);
  });

  it('keeps strings as they are, leading zeros included', () => {
    expect(coerceCell('010620', { kind: 'string', nullable: false })).toEqual({ ok: true, value: '010620' });
  });
});
