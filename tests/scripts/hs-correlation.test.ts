// @vitest-environment node
// The CHPL's HS 2022 -> HS 2017 relation derived from a small hand-made workbook (tests/fixtures/hs-correlation):
// each class, the override list, a changed correlation row, and the pin that stops a changed workbook.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChplItem, ConcordanceRow } from '../../src/data/schema';
import { parseHsCorrelationWorkbook } from '../../scripts/parsers/hs-correlation';
import {
  deriveChplRelation,
  hsRelationCaveatText,
  hsRelationCaveatTexts,
  parseOverrides,
  type HsOverride,
} from '../../scripts/pipeline/hs-correlation';
import { loadSource } from '../../scripts/pipeline/load';
import { sha256Hex, type RawFile } from '../../scripts/pipeline/resolve';
import { HS_CORRELATION_WORKBOOK, REGISTRY } from '../../scripts/sources/registry';
import { CONVERSIONS, CORRELATIONS, workbookBytes, type Row } from '../fixtures/hs-correlation/workbook';
import { rawFile } from './helpers/raw';

const xlsx = (bytes: Uint8Array): RawFile => ({
  ...rawFile('hs-classification', 'fixture.xlsx', ''),
  buffer: Buffer.from(bytes),
});
const read = (conversions: readonly Row[] = CONVERSIONS, correlations: readonly Row[] = CORRELATIONS) =>
  parseHsCorrelationWorkbook(xlsx(workbookBytes(conversions, correlations)));

const item = (hs6_2022: string): ChplItem => ({
  hs6_2022,
  tier: '2',
  description: 'x',
  source_url: 'https://www.bis.gov/x',
});
const CHPL = ['854231', '901380', '880730', '854149'].map(item);
const PRINCIPAL: HsOverride = {
  kind: 'principal-source',
  hs2022: '8524',
  hs2017: '901380',
  reason: 'Flat panel modules were classified in 9013.80.',
  line: 2,
};
const classes = (rows: ReturnType<typeof deriveChplRelation>) =>
  Object.fromEntries(
    rows.map((r) => [r.hs6_2022, [r.hs6_2017, r.comparability, r.comparable, r.carved_out]]),
  );

describe('parseHsCorrelationWorkbook (read-excel-file)', () => {
  it('reads both sheets and leaves out the 999999 "not specified" row', async () => {
    const book = await read();
    expect(book.conversions.get('880730')).toBe('880330');
    expect(book.conversions.has('999999')).toBe(false);
    expect(book.correlations).toHaveLength(CORRELATIONS.length - 1);
  });

  it('names the sheet, row and column of a code that is not six digits of text', async () => {
    const bad = [...CONVERSIONS.slice(0, 2), [84231, '854231']];
    await expect(read(bad)).rejects.toThrow(
      'fixture.xlsx, sheet "HS2022-HS2017 Conversions", row 4, column A: expected a six-digit HS code as text, got 84231',
    );
    await expect(read(CONVERSIONS, [['854231', '854231', 'one']])).rejects.toThrow(/row 3, column C/);
  });
});

describe('deriveChplRelation', () => {
  it('derives every class from the workbook and the override list', async () => {
    const rows = deriveChplRelation(CHPL, await read(), [PRINCIPAL]);
    expect(classes(rows)).toEqual({
      '854231': ['854231', 'same-scope', 'yes', ''],
      '901380': ['901380', 'hs2017-broader', 'no', '8524'],
      '880730': ['880330', 'renumbered', 'yes', ''],
      '854149': ['854140', 'split', 'no', '854141'],
    });
    const byCode = new Map(rows.map((r) => [r.hs6_2022, r]));
    expect(byCode.get('854231')?.note).toMatch(/8549: waste and scrap/);
    expect(byCode.get('901380')?.override).toMatch(/Flat panel modules were classified in 9013.80/);
    expect(byCode.get('880730')?.note).toMatch(/many-to-many parts blocks/);
  });

  it('writes each note in Chinese and Russian from the same codes, and the override where its reason is translated', async () => {
    const translation = {
      kind: 'override' as const,
      id: 'principal-source-8524-901380',
      field: 'reason',
      en: PRINCIPAL.reason,
      zh: '平板模组原归入9013.80。',
      ru: 'Плоские модули относились к 9013.80.',
    };
    const byCode = new Map(
      deriveChplRelation(CHPL, await read(), [PRINCIPAL], [translation]).map((r) => [r.hs6_2022, r]),
    );
    expect(byCode.get('880730')?.note_zh).toMatch(/^改号：HS 2022的880730即HS 2017的880330，范围相同。/);
    expect(byCode.get('880730')?.note_ru).toMatch(/^Код изменён: 880730 ГС 2022 — это 880330 ГС 2017/);
    expect(byCode.get('854149')?.note_ru).toMatch(/на 854149 и 854141; в CHPL входит только 854149/);
    expect(byCode.get('901380')?.override_zh).toBe(
      'scripts/curated/hs_correlation_overrides.csv row 2: 平板模组原归入9013.80。',
    );
    expect(byCode.get('854231')?.override_ru).toBe('');
    const stale = { ...translation, en: 'An earlier reason.' };
    const untranslated = deriveChplRelation(CHPL, await read(), [PRINCIPAL], [stale]);
    expect(untranslated.find((r) => r.hs6_2022 === '901380')?.override_ru).toBeNull();
  });

  it('without the override, a link inside the bulk 8524 block is not a carve-out', async () => {
    const rows = deriveChplRelation(CHPL, await read(), []);
    expect(classes(rows)['901380']).toEqual(['901380', 'same-scope', 'yes', '']);
  });

  it('follows a changed correlation row', async () => {
    const withoutSplit = CORRELATIONS.filter((row) => row[0] !== '854141');
    expect(classes(deriveChplRelation(CHPL, await read(CONVERSIONS, withoutSplit), []))['854149']).toEqual([
      '854140',
      'renumbered',
      'yes',
      '',
    ]);
    // 880330 also fed a small, non-bulk heading: now a real carve-out.
    const drones = [...CORRELATIONS, ['880621', '880330', 'n:n']];
    expect(classes(deriveChplRelation(CHPL, await read(CONVERSIONS, drones), []))['880730']).toEqual([
      '880330',
      'hs2017-broader',
      'no',
      '8806',
    ]);
  });

  it('a predecessor override replaces the Conversions sheet, and two CHPL codes on one line are a split', async () => {
    const book = await read([...CONVERSIONS, ['854151', '851712'], ['854159', '851712']], CORRELATIONS);
    const overrides = parseOverrides(
      rawFile(
        'hs-classification',
        'overrides.csv',
        'kind,hs2022,hs2017,reason\npredecessor,854151,854140,"Conversions sheet error."\npredecessor,854159,854140,"Same."\n',
      ),
      book,
    );
    const rows = deriveChplRelation(['854151', '854159'].map(item), book, overrides);
    expect(classes(rows)['854151']).toEqual(['854140', 'split', 'no', '854159']);
    expect(rows[0]?.override).toMatch(/row 2: Conversions sheet error/);
  });

  it('rejects an override without a reason, or naming a code the workbook lacks', async () => {
    const book = await read();
    const csv = (line: string) =>
      rawFile('hs-classification', 'o.csv', `kind,hs2022,hs2017,reason\n${line}\n`);
    expect(() => parseOverrides(csv('predecessor,854149,854140,'), book)).toThrow(/row 2, column reason/);
    expect(() => parseOverrides(csv('predecessor,854149,123456,why'), book)).toThrow(/row 2, column hs2017/);
  });
});

describe('the pinned workbook', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hs-correlation-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const bytes = workbookBytes(CONVERSIONS, CORRELATIONS);
  mkdirSync(path.join(dir, 'hs-classification'));
  writeFileSync(path.join(dir, HS_CORRELATION_WORKBOOK), bytes);
  writeFileSync(path.join(dir, 'hs-classification/classificationH5.json'), '{"results":[]}');
  const opts = { dataDir: dir, repoRoot: dir };

  it('stops the build when the workbook is not the pinned one', () => {
    expect(() => loadSource(REGISTRY.hsClassification, opts)).toThrow(
      /sha256 mismatch for hs-classification\/HS2022toHS2017ConversionAndCorrelationTables.xlsx/,
    );
  });

  it('with the pin changed to it, the build reads that workbook instead', async () => {
    const loaded = loadSource(REGISTRY.hsClassification, {
      ...opts,
      expectedSha256: {
        [HS_CORRELATION_WORKBOOK]: sha256Hex(Buffer.from(bytes)),
        'hs-classification/classificationH5.json': sha256Hex('{"results":[]}'),
      },
    });
    const book = await parseHsCorrelationWorkbook(loaded.data.workbook);
    expect(classes(deriveChplRelation(CHPL, book, []))['880730']?.[1]).toBe('renumbered');
  });
});

describe('the HS relation caveat', () => {
  /** A relation row of one code, in the given class. */
  const row = (hs6: string, comparability: ConcordanceRow['comparability']): ConcordanceRow => ({
    hs6_2022: hs6,
    hs6_2017: hs6,
    tier: '1',
    match: 'exact',
    note: '',
    comparability,
    comparable: comparability === 'same-scope' ? 'yes' : 'no',
    carved_out: '',
    override: '',
  });

  it('starts each sentence with a capital, class names included', () => {
    const text = hsRelationCaveatText([row('854231', 'same-scope'), row('901380', 'hs2017-broader')]);
    expect(text).toContain('Same scope (1): 854231.');
    for (const sentence of text.split(/(?<=\.) /)) expect(sentence).toMatch(/^[A-Z0-9"]/);
  });

  it('writes the caveat in Chinese and Russian from the same rows, the English as before', () => {
    const rows = [row('854231', 'same-scope'), { ...row('854800', 'renumbered'), hs6_2017: '854890' }];
    const missing = [{ hs6: '854150', years: ['2022'] }];
    const texts = hsRelationCaveatTexts(rows, missing);
    expect(texts.en).toBe(hsRelationCaveatText(rows, missing));
    expect(texts.zh).toContain(
      '2个CHPL编码中，1个在HS 2017中编码不变，1个编码不同。范围相同（1个）：854231。',
    );
    expect(texts.zh).toContain('改号（1个）：854800（HS 2017 854890）。');
    expect(texts.ru).toContain('Из 2 кодов CHPL свой номер в ГС 2017 сохраняют: 1, не сохраняют: 1.');
    expect(texts.ru).toContain('Для ГС 2017 854150 нет строки BACI за 2022 г. (пробел');
  });
});
