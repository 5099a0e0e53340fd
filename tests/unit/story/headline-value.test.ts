import { describe, expect, it } from 'vitest';
import { noteFigures, parseHeadlineValue } from '../../../src/data/headline-value';
import { citedValue } from '../../../src/story/facts/cite';
import { headline } from './fixtures';

const parse = (value: string, unit = 'USD million') => parseHeadlineValue({ value, unit });

describe('parseHeadlineValue', () => {
  it('reads a plain number in US$ million or billion as whole dollars', () => {
    expect(parse('179')).toEqual({ kind: 'exact', number: 179, usd: 179e6 });
    expect(parse('52.284', 'USD billion')).toEqual({ kind: 'exact', number: 52.284, usd: 52.284e9 });
  });

  it('keeps a number whose brackets only qualify it', () => {
    expect(parse('90.08 (+52.2% y/y)', 'USD billion')).toMatchObject({ kind: 'exact', usd: 90.08e9 });
  });

  it('marks approximate values and bounds', () => {
    expect(parse('~400 (doubled vs 2021), second only to mainland China')).toMatchObject({
      kind: 'approximate',
      number: 400,
    });
    expect(parse('over 500')).toMatchObject({ kind: 'bound', number: 500 });
    expect(parse('more than 22', 'USD billion')).toMatchObject({ kind: 'bound', usd: 22e9 });
    expect(parse('nearly 70 (of ~$900M in Q4 2023)', 'percent')).toMatchObject({ kind: 'bound', usd: null });
  });

  it('calls a value with several figures "multiple", never one of them', () => {
    expect(parse('200 (2021) -> over 500 (2022)').kind).toBe('multiple');
    expect(parse('48 vs 45', 'percent').kind).toBe('multiple');
    expect(parse('-40 / about -67 / -98', 'percent change').kind).toBe('multiple');
    expect(parse('190.271 (2022); 240.1 (2023)', 'USD billion').kind).toBe('multiple');
  });

  it('says when there is no number', () => {
    expect(parse('not disclosed')).toEqual({ kind: 'unreadable', number: null, usd: null });
  });
});

describe('noteFigures', () => {
  it('reads "YEAR = $NM" figures from a note', () => {
    expect(noteFigures('Same article: 2021 = $74M. Also https://example.org')).toEqual([
      { period: '2021', usd: 74e6 },
    ]);
    expect(noteFigures('Secondary report of WSJ')).toEqual([]);
  });
});

describe('citedValue', () => {
  it('keeps the qualifier the figure was published with', () => {
    expect(citedValue(headline({ id: 'a', value: '~400 (doubled)' }))).toBe('about $400 m');
    expect(citedValue(headline({ id: 'b', value: 'over 500' }))).toBe('over $500 m');
    expect(citedValue(headline({ id: 'c', value: '~90', unit: 'percent' }))).toBe('about 90%');
    expect(citedValue(headline({ id: 'd', value: '48 vs 45', unit: 'percent' }))).toBe(
      '“48 vs 45” (percent)',
    );
  });
});
