// @vitest-environment node
// The comparable-codes basis on the REAL public/data files (run `npm run data` first): the basis keeps the 44
// codes the concordance marks comparable, the note names the six it leaves out with their reasons, and a chart
// of an affected code says so.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { activateLocale } from '../../../src/i18n/i18n';
import { parseTable } from '../../../src/data/csv/parse-table';
import { hsChangeNotes } from '../../../src/query/hs-change-notes';
import { seriesForSpec, type SpecTables } from '../../../src/query/spec-series';
import type { Manifest } from '../../../src/data/schema';
import { TABLE_SCHEMAS, type TableKind, type TableRow } from '../../../src/data/tables';
import { DATA_FILES } from '../../../src/data/files';
import { defaultSpecFor } from '../../../src/spec/defaults';
import type { ChartSpec } from '../../../src/spec/schema';

const DATA = resolve(import.meta.dirname, '../../../public/data');
const text = (file: string) => readFileSync(resolve(DATA, file), 'utf8');
const load = <K extends TableKind>(file: string, kind: K) =>
  parseTable(text(file), TABLE_SCHEMAS[kind], file).rows as TableRow<K>[];

const tables: SpecTables = {
  manifest: JSON.parse(text('manifest.json')) as Manifest,
  flows: new Map([[DATA_FILES.baciChpl, load(DATA_FILES.baciChpl, 'flows')]]),
  concordance: load('concordance.csv', 'concordance'),
};

const spec = (patch: Partial<ChartSpec>): ChartSpec => ({ ...defaultSpecFor('baci-hs6'), ...patch });
/** The notes on the HS change beside the chart of `s`, as the app computes them. */
const notesOf = (s: ChartSpec) => {
  const result = seriesForSpec(s, tables);
  const keys = result.series.map((one) => one.key);
  return hsChangeNotes(s, keys, result.periods, tables.concordance);
};
const valueIn = (result: ReturnType<typeof seriesForSpec>, key: string, period: string) =>
  result.series.find((s) => s.key === key)?.points.find((p) => p.period === period)?.value ?? null;

describe('comparable-codes basis (real data)', () => {
  const chpl = spec({ products: [{ kind: 'chpl-all' }], from: '2021', to: '2023' });

  it('leaves the non-comparable codes out of the CHPL total, which then rises 2021 -> 2023', () => {
    const all = seriesForSpec(chpl, tables);
    const comparable = seriesForSpec({ ...chpl, comparable: true }, tables);
    const change = (r: typeof all) =>
      (valueIn(r, 'chpl', '2023') ?? NaN) / (valueIn(r, 'chpl', '2021') ?? NaN) - 1;
    expect(change(all)).toBeLessThan(0);
    expect(change(comparable)).toBeGreaterThan(0.15);
    expect(comparable.flowRows.some((row) => row.product === '901380')).toBe(false);
    expect(all.flowRows.some((row) => row.product === '901380')).toBe(true);
  });

  it('names the codes it leaves out, with the reason, in its note', () => {
    const hsNotes = notesOf({ ...chpl, comparable: true });
    expect(hsNotes[0]).toContain('44 of the 50 CHPL codes');
    expect(hsNotes[0]).toContain('852990 and 901380: HS 2017 line broader, HS 2022 heading 8524 carved out');
    expect(hsNotes[0]).toContain('854151 and 854159');
  });

  it('says beside a chart of an affected code that it crosses the HS change unlike for like', () => {
    const hsNotes = notesOf(spec({ products: [{ kind: 'hs6', code: '901380' }] }));
    expect(hsNotes.join(' ')).toMatch(/901380 is not comparable across the HS 2022 change.*8524/);
  });

  it('says a tier chart spanning the change holds non-comparable codes, and names them', () => {
    const hsNotes = notesOf(spec({}));
    expect(hsNotes.join(' ')).toMatch(/Tiers 3\.A and 3\.B include 6 codes not comparable.*901380/);
    expect(notesOf(spec({ from: '2022', to: '2023' }))).toEqual([]);
  });
});

describe('the notes on the HS change in Chinese and Russian (real data)', () => {
  afterEach(() => activateLocale('en'));
  const chpl = spec({ products: [{ kind: 'chpl-all' }], from: '2021', to: '2023', comparable: true });

  it('the comparable basis says what it keeps and leaves out, and why, in the reader’s language', async () => {
    await activateLocale('zh');
    const [zh] = notesOf(chpl);
    expect(zh).toMatch(/^仅含HS版本转换前后可比的编码：50个CHPL编码中的44个。未计入：/);
    expect(zh).toContain('852990和901380：HS 2017子目范围更宽，HS 2022从中分出了品目8524');
    await activateLocale('ru');
    const [ru] = notesOf(chpl);
    expect(ru).toMatch(/^Только коды, сопоставимые при смене ГС: 44 из 50 кодов CHPL\. Исключены: /);
    expect(ru).toContain('852990 и 901380: субпозиция ГС 2017 шире, ГС 2022 выделила из неё: позиция 8524');
  });

  it('a chart of an affected code names the HS 2022 change it compares across, in every language', async () => {
    const code = spec({ products: [{ kind: 'hs6', code: '901380' }] });
    await activateLocale('zh');
    expect(notesOf(code).join(' ')).toContain('在HS 2022版转换前后不可比');
    await activateLocale('ru');
    expect(notesOf(code).join(' ')).toMatch(
      /несопоставим при переходе на ГС 2022 \(.+\), поэтому значения по 2021 г\. и с 2022 г\./,
    );
  });
});
