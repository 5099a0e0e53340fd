import { afterEach, describe, expect, it } from 'vitest';
import { activateLocale } from '../../../src/i18n/i18n';
import { seriesForSpec } from '../../../src/query/spec-series';
import type { ConcordanceRow } from '../../../src/data/schema';
import { baciSpec, concordance, tables } from './fixtures';

// 854140 stands in for CHPL 854149 only approximately (HS 2017 is broader): a chart of that code must say so.
const approximate: ConcordanceRow = {
  hs6_2022: '854149',
  hs6_2017: '854140',
  tier: '3.A',
  match: 'approximate',
  note: 'broader: includes LEDs and photovoltaic cells',
  comparability: 'split',
  comparable: 'no',
  carved_out: '854141;854142;854143',
  override: '',
};

describe('seriesForSpec: approximate CHPL codes', () => {
  it('says when a series is an HS 2017 code that only approximates a CHPL code', () => {
    const spec = baciSpec({ products: [{ kind: 'hs6', code: '854140' }] });
    const result = seriesForSpec(spec, tables({ concordance: [...concordance, approximate] }));
    expect(result.notices).toContain(
      'HS 854140 approximates CHPL 854149 (HS 2022): broader: includes LEDs and photovoltaic cells.',
    );
  });

  it('says nothing for exact codes', () => {
    const spec = baciSpec({ products: [{ kind: 'hs6', code: '854231' }] });
    const result = seriesForSpec(spec, tables({ concordance: [...concordance, approximate] }));
    expect(result.notices.some((notice) => notice.includes('approximates'))).toBe(false);
  });

  it('ends a note that has its own full stop with a single one', () => {
    const spec = baciSpec({ products: [{ kind: 'hs6', code: '854140' }] });
    const withStop = { ...approximate, note: 'Broader: also LEDs.' };
    const result = seriesForSpec(spec, tables({ concordance: [...concordance, withStop] }));
    expect(result.notices).toContain('HS 854140 approximates CHPL 854149 (HS 2022): Broader: also LEDs.');
  });
});

describe('the query notices in Chinese and Russian', () => {
  afterEach(() => activateLocale('en'));
  const translated = {
    ...approximate,
    note_zh: 'HS 2017子目854140范围更宽。',
    note_ru: 'Субпозиция ГС 2017 854140 шире.',
  };

  it('an approximation is said in the reader’s language, with the relation’s own note from the data', async () => {
    const spec = baciSpec({ products: [{ kind: 'hs6', code: '854140' }] });
    await activateLocale('zh');
    expect(seriesForSpec(spec, tables({ concordance: [...concordance, translated] })).notices).toContain(
      'HS 854140近似对应CHPL 854149（HS 2022）：HS 2017子目854140范围更宽。',
    );
    await activateLocale('ru');
    expect(seriesForSpec(spec, tables({ concordance: [...concordance, translated] })).notices).toContain(
      'ГС 854140 — приблизительное соответствие CHPL 854149 (ГС 2022): Субпозиция ГС 2017 854140 шире.',
    );
  });

  it('the top N of a ranked breakdown is one whole Russian sentence, its counts agreeing', async () => {
    await activateLocale('ru');
    const spec = baciSpec({ products: [{ kind: 'total' }], breakdown: 'hs6', topN: 2 });
    expect(seriesForSpec(spec, tables()).notices).toContain(
      'Шестизначные коды ГС с торговлей в 2022: показаны 2 из 2, крупнейшие по стоимости; ещё 4 кода торговались только в других показанных годах.',
    );
  });
});
