// @vitest-environment node
// The Sources page's relation table is read from the REAL concordance.csv and chpl.csv (run `npm run data`
// first): every CHPL code once, its class, comparability and override as the pipeline derived them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { activateLocale, addCatalogue } from '../../../src/i18n/i18n';
import { PAGES_CATALOGUE } from '../../../src/i18n/pages-catalogue';
import { relationRows } from '../../../src/sources/relation-rows';
import { parseTable } from '../../../src/data/csv/parse-table';
import { TABLE_SCHEMAS, type TableKind, type TableRow } from '../../../src/data/tables';

const DATA = resolve(import.meta.dirname, '../../../public/data');
const load = <K extends TableKind>(file: string, kind: K) =>
  parseTable(readFileSync(resolve(DATA, file), 'utf8'), TABLE_SCHEMAS[kind], file).rows as TableRow<K>[];

describe('relation table rows', () => {
  const concordance = load('concordance.csv', 'concordance');
  const rows = relationRows(concordance, load('chpl.csv', 'chpl'));
  const row = (code: string) => rows.find((r) => r.hs2022 === code);

  it('lists each of the 50 CHPL codes once, 44 comparable', () => {
    expect(rows).toHaveLength(50);
    expect(new Set(rows.map((r) => r.hs2022)).size).toBe(50);
    expect(rows.filter((r) => r.comparable)).toHaveLength(44);
  });

  it('gives class, carve-out and override from the data', () => {
    expect(row('901380')).toMatchObject({
      hs2017: ['901380'],
      classLabel: 'HS 2017 line broader',
      comparable: false,
      carvedOut: ['8524'],
      override: { where: 'scripts/curated/hs_correlation_overrides.csv row 4' },
    });
    expect(row('854800')).toMatchObject({ hs2017: ['854890'], classLabel: 'renumbered', override: null });
    expect(row('854151')?.classLabel).toBe('split');
    expect(row('854231')?.description).toMatch(/processors/);
  });

  it('follows the concordance when a row changes (nothing is typed)', () => {
    const changed = concordance.map((r) =>
      r.hs6_2022 === '854231' ? { ...r, comparability: 'renumbered' as const, comparable: 'no' as const } : r,
    );
    expect(relationRows(changed).find((r) => r.hs2022 === '854231')).toMatchObject({
      classLabel: 'renumbered',
      comparable: false,
    });
  });

  describe('in Russian', () => {
    afterEach(() => activateLocale('en'));

    it('names, classes, notes and overrides come in Russian from the data and the catalogue', async () => {
      addCatalogue(PAGES_CATALOGUE);
      await activateLocale('ru');
      const ru = relationRows(concordance, load('chpl.csv', 'chpl'));
      const code = (hs2022: string) => ru.find((r) => r.hs2022 === hs2022);
      expect(code('854800')).toMatchObject({ classLabel: 'перенумерован' });
      expect(code('854800')?.reason).toMatch(/^Код изменён: 854800 ГС 2022 — это 854890 ГС 2017/);
      expect(code('901380')?.override).toMatchObject({
        file: 'scripts/curated/hs_correlation_overrides.csv',
        row: '4',
      });
      expect(code('901380')?.override?.why).toMatch(
        /^Таблица соответствия связывает новую товарную позицию 8524/,
      );
      expect(code('854231')?.description).toMatch(/[а-я]/);
    });
  });
});
