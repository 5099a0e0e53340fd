import { afterEach, describe, expect, it } from 'vitest';
import { chplItemName } from '../../../src/data/product-names';
import { activateLocale } from '../../../src/i18n/i18n';
import { hs2022Catalog, hsLabel, productCatalog } from '../../../src/query/product-catalog';
import type { ChplItem, ConcordanceRow, ProductRow } from '../../../src/data/schema';

const concordance: ConcordanceRow[] = [
  {
    hs6_2022: '854231',
    hs6_2017: '854231',
    tier: '1',
    match: 'exact',
    note: '',
    comparability: 'same-scope',
    comparable: 'yes',
    carved_out: '',
    override: '',
  },
  {
    hs6_2022: '854149',
    hs6_2017: '854140',
    tier: '3.A',
    match: 'approximate',
    note: 'broader',
    comparability: 'split',
    comparable: 'no',
    carved_out: '',
    override: '',
  },
];
const chpl: ChplItem[] = [
  { hs6_2022: '854231', tier: '1', description: 'Processors', source_url: 'https://x.org' },
  {
    hs6_2022: '854149',
    tier: '3.A',
    description: 'Other photosensitive devices (excl. LEDs)',
    source_url: 'https://x.org',
  },
];

describe('hsLabel', () => {
  it('names an exact CHPL code by its CHPL description', () => {
    expect(hsLabel('854231', productCatalog(concordance, chpl))).toBe('854231 Processors');
  });

  it('never gives a broader HS 2017 code the narrower CHPL description as if it were its own', () => {
    expect(hsLabel('854140', productCatalog(concordance, chpl))).toBe(
      '854140 (approx. CHPL: Other photosensitive devices (excl. LEDs))',
    );
  });
});

describe('product names in Chinese and Russian', () => {
  afterEach(() => activateLocale('en'));

  const named: ChplItem[] = [
    {
      ...(chpl[0] as ChplItem),
      name_zh: '电子集成电路：处理器及控制器',
      name_ru: 'Электронные интегральные схемы: процессоры и контроллеры',
      name_source: 'project-translation',
    },
    {
      ...(chpl[1] as ChplItem),
      name_zh: '其他光敏器件',
      name_ru: 'Прочие фоточувствительные приборы',
      name_source: 'project-translation',
    },
  ];
  const product = (hs6: string, name: string): ProductRow => ({
    hs6,
    name,
    name_source: 'hs12',
    hs4: hs6.slice(0, 4),
    hs2: hs6.slice(0, 2),
    hs2_name: '',
    hs4_name: '',
    tier: null,
    chpl_hs6_2022: '',
    chpl_match: null,
  });
  const products = [product('854231', 'Processors (HS)'), product('870323', 'Cars; 1500-3000 cc')];

  it('names a CHPL code from chpl.csv in the reader’s language', async () => {
    const catalog = productCatalog(concordance, named, products);
    await activateLocale('zh');
    expect(hsLabel('854231', catalog)).toBe('854231 电子集成电路：处理器及控制器');
    expect(hsLabel('854231', hs2022Catalog(concordance, named))).toBe('854231 电子集成电路：处理器及控制器');
    await activateLocale('ru');
    expect(hsLabel('854231', catalog)).toBe(
      '854231 Электронные интегральные схемы: процессоры и контроллеры',
    );
    await activateLocale('en');
    expect(hsLabel('854231', catalog)).toBe('854231 Processors');
  });

  it('keeps another HS code’s English name, marked as English in Chinese and Russian only', async () => {
    const catalog = productCatalog(concordance, named, products);
    expect(hsLabel('870323', catalog)).toBe('870323 Cars; 1500-3000 cc');
    await activateLocale('zh');
    expect(hsLabel('870323', catalog)).toBe('870323 （英文）Cars; 1500-3000 cc');
    await activateLocale('ru');
    expect(hsLabel('870323', catalog)).toBe('870323 (англ.) Cars; 1500-3000 cc');
  });

  it('marks an approximate code’s CHPL name as approximate in the reader’s language', async () => {
    await activateLocale('zh');
    expect(hsLabel('854140', productCatalog(concordance, named))).toBe(
      '854140 （近似对应CHPL：其他光敏器件）',
    );
    await activateLocale('ru');
    expect(hsLabel('854140', productCatalog(concordance, named))).toBe(
      '854140 (приблизительно CHPL: Прочие фоточувствительные приборы)',
    );
  });

  it('falls back to the English CHPL description, marked, for data without the name columns', async () => {
    await activateLocale('ru');
    expect(chplItemName({ description: 'Processors', name_zh: null, name_ru: null })).toBe(
      '(англ.) Processors',
    );
    expect(hsLabel('854231', productCatalog(concordance, chpl))).toBe('854231 (англ.) Processors');
    await activateLocale('zh');
    expect(chplItemName(named[0] as ChplItem)).toBe('电子集成电路：处理器及控制器');
  });
});

describe('the names of whole-goods series', () => {
  afterEach(() => activateLocale('en'));

  it('are in the reader’s language (English as before)', async () => {
    const { selectorLabel } = await import('../../../src/query/product-selectors');
    const catalog = productCatalog(concordance);
    expect(selectorLabel({ kind: 'total' }, catalog)).toBe('All goods');
    expect(selectorLabel({ kind: 'chpl-all' }, catalog)).toBe('All CHPL goods');
    await activateLocale('zh');
    expect(selectorLabel({ kind: 'total' }, catalog)).toBe('全部商品');
    await activateLocale('ru');
    expect(selectorLabel({ kind: 'chpl-all' }, catalog)).toBe('Все товары CHPL');
    expect(selectorLabel({ kind: 'eu-sanctioned' }, catalog)).toBe('Товары под санкциями ЕС');
  });
});
