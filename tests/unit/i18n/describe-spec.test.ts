// @vitest-environment node
// Titles and subtitles computed from a spec, in each language: written from the same values by one whole message
// per sentence shape (Chinese and Russian word order), the break named in the sentence that crosses it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { breakClause, periodCrossings, sourceBreaks } from '../../../src/figure/spec-data/break-clause';
import { periodText, specSubtitle, specTitle } from '../../../src/figure/spec-data/describe-spec';
import type { Manifest } from '../../../src/data/schema';
import { parseTable } from '../../../src/data/csv/parse-table';
import { TABLE_SCHEMAS } from '../../../src/data/tables';
import { affectedCodeNotes } from '../../../src/query/hs-change-notes';
import type { Series } from '../../../src/data/series';
import { activateLocale } from '../../../src/i18n/i18n';
import type { Locale } from '../../../src/i18n/locales';
import { defaultSpecFor } from '../../../src/spec/defaults';
import type { ChartSpec } from '../../../src/spec/schema';

const manifest = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../public/data/manifest.json'), 'utf8'),
) as Manifest;
const usd = { kind: 'currency', currency: 'USD' } as const;
const years = ['2017', '2018', '2019', '2020', '2021', '2022', '2023'];
const baci = defaultSpecFor('baci-hs6');
const yoy: ChartSpec = { ...baci, transform: { kind: 'yoy' } };
const breaks = sourceBreaks(
  manifest,
  manifest.files.filter((f) => f.sources.includes('baci')).map((f) => f.path),
);
const chpl: ChartSpec = { ...baci, products: [{ kind: 'chpl-all' }] };
const top: ChartSpec = { ...chpl, breakdown: 'hs6' };
const tenSeries = Array.from({ length: 10 }, () => ({}) as Series);

interface Words {
  title: string;
  subtitle: string;
  top: string;
  month: string;
}

async function wordsIn(locale: Locale): Promise<Words> {
  await activateLocale(locale);
  return {
    title: specTitle(chpl, [], new Map()),
    subtitle: specSubtitle({ ...baci, transform: { kind: 'rolling', window: 12 } }, usd, [
      '2021-01',
      '2023-06',
    ]),
    top: specTitle(top, tenSeries, new Map()),
    month: periodText('2020-01'),
  };
}

describe('spec words in English, Chinese and Russian', () => {
  afterEach(() => activateLocale('en'));

  it('titles and subtitles follow each language’s word order', async () => {
    expect(await wordsIn('en')).toEqual({
      title: 'China’s exports to Russia: all CHPL goods',
      subtitle: '12-month rolling sum, US$, current prices, monthly, Jan 2021–Jun 2023',
      top: 'China’s exports to Russia: top 10 HS6 codes in all CHPL goods',
      month: 'Jan 2020',
    });
    const zh = await wordsIn('zh');
    expect(zh.title).toBe('中国对俄罗斯出口：全部CHPL商品');
    expect(zh.top).toBe('中国对俄罗斯出口：全部CHPL商品中前10位HS6编码');
    expect(zh.month).toBe('2020年1月');
    expect(zh.subtitle).toMatch(/^12个月滚动合计，.*，月度，2021年1月–2023年6月$/);
    const ru = await wordsIn('ru');
    expect(ru.title).toBe('Экспорт Китай → Россия: все товары CHPL');
    // Russian plural of "code" follows the number.
    expect(ru.top).toBe('Экспорт Китай → Россия: 10 крупнейших кодов HS6: все товары CHPL');
    expect(ru.month).toMatch(/^янв\. 2020/);
    expect(ru.subtitle).toMatch(
      /^Скользящая сумма за 12 мес\., .*, по месяцам, янв\. 2021 г\.–июнь 2023 г\.$/,
    );
  });

  it('a change on a year earlier names the break it crosses, in every language', async () => {
    const clauses: Record<string, string | null> = {};
    const tooltips: Record<string, string | undefined> = {};
    for (const locale of ['en', 'zh', 'ru'] as const) {
      await activateLocale(locale);
      clauses[locale] = breakClause(yoy, breaks, years);
      tooltips[locale] = periodCrossings(yoy, breaks, years)['2022'];
    }
    expect(clauses.en).toMatch(
      /^changes from 2023 are like for like; 2022 on 2021 crosses the 2022 change of basis/,
    );
    expect(clauses.zh).toMatch(
      /^自2023年起的变化口径可比；2022年较2021年的变化跨越了2022年统计口径调整（.*）和HS 2022版转换$/,
    );
    expect(clauses.ru).toMatch(
      /^изменения с 2023 г\. сопоставимы; изменение 2022 г\. к 2021 г\. захватывает смену методологии учёта 2022 г\. \(.*\) и переход на ГС 2022$/,
    );
    expect(tooltips.en).toMatch(/^Compared with 2021: across the 2022 change of basis/);
    expect(tooltips.zh).toMatch(/^与2021相比：跨越2022年统计口径调整/);
    expect(tooltips.ru).toMatch(/^По сравнению с 2021: через смену методологии учёта 2022 г\./);
  });

  it('the note on tiers holding codes not comparable across the HS change, with the Russian plural', async () => {
    const csv = readFileSync(resolve(import.meta.dirname, '../../../public/data/concordance.csv'), 'utf8');
    const concordance = parseTable(csv, TABLE_SCHEMAS.concordance, 'concordance.csv').rows;
    const tiers: ChartSpec['products'] = [
      { kind: 'tier', tier: '3.A' },
      { kind: 'tier', tier: '3.B' },
    ];
    const note = () => affectedCodeNotes({ products: tiers }, [], concordance, false)[0];
    expect(note()).toMatch(
      /^Tiers 3\.A and 3\.B include 6 codes not comparable across the HS 2022 change \(/,
    );
    await activateLocale('ru');
    expect(note()).toMatch(
      /^Уровни 3\.A и 3\.B: 6 кодов не сопоставимы при переходе на ГС 2022 \(\d{6}, .* и \d{6}\)/,
    );
    await activateLocale('zh');
    expect(note()).toMatch(/^第3\.A和3\.B层级包含6个在HS 2022版转换前后不可比的编码（\d{6}、/);
  });
});
