import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/data/importers/decode';
import { GACC_PARTNERS, resolveGaccPartner } from '../../../src/data/importers/partners-gacc';
import { readBytes, SAMPLE_GACC } from './helpers';

describe('GACC partner codes', () => {
  it('maps the partners that matter', () => {
    expect(resolveGaccPartner('344', 'Russia')).toEqual({ ok: true, iso3: 'RUS' });
    expect(resolveGaccPartner('344', '俄罗斯联邦')).toEqual({ ok: true, iso3: 'RUS' });
    expect(resolveGaccPartner('110', 'Hong Kong，China')).toEqual({ ok: true, iso3: 'HKG' });
    expect(resolveGaccPartner('110', 'Hong Kong, China')).toEqual({ ok: true, iso3: 'HKG' });
    expect(resolveGaccPartner('145', 'Kazakhstan')).toEqual({ ok: true, iso3: 'KAZ' });
    expect(resolveGaccPartner('340', '白俄罗斯')).toEqual({ ok: true, iso3: 'BLR' });
    expect(resolveGaccPartner('138', '')).toEqual({ ok: true, iso3: 'ARE' });
  });

  it('flags unknown codes and names that do not match, never guessing', () => {
    expect(resolveGaccPartner('341', 'Kazakhstan').ok).toBe(false);
    expect(resolveGaccPartner('337', 'Georgia').ok).toBe(false);
    expect(resolveGaccPartner('344', 'Ukraine').ok).toBe(false);
  });

  it('lets a reader map by hand, but only to a partner code', () => {
    expect(resolveGaccPartner('341', 'Kazakhstan', { '341': 'kaz' })).toEqual({ ok: true, iso3: 'KAZ' });
    expect(resolveGaccPartner('341', 'Kazakhstan', { '341': 'Kazakhstan!' }).ok).toBe(false);
  });

  it('agrees with every code and name in the real China Customs sample', () => {
    const text = decodeText(readBytes(SAMPLE_GACC), 'gb18030');
    const pairs = new Set(
      [...text.matchAll(/^"\d+","[^"]*","(\d{3})","([^"]*)"/gm)].map((m) => `${m[1]}|${m[2]}`),
    );
    expect(pairs.size).toBeGreaterThan(40);
    for (const pair of pairs) {
      const [code = '', name = ''] = pair.split('|');
      expect(GACC_PARTNERS[code], code).toBeDefined();
      expect(resolveGaccPartner(code, name).ok, pair).toBe(true);
    }
  });
});
