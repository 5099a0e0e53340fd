// scripts/curated/chpl_names.csv: a Chinese and a Russian name for each of the 50 CHPL codes, with its source.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { CHPL_NAMES_FILE, parseChpl } from '../../scripts/parsers/chpl';
import { columnsOf, table } from '../../scripts/pipeline/outputs';
import { defaultDataDir, REPO_ROOT } from '../../scripts/pipeline/resolve';
import { chplItem } from '../../src/data/schema';
import { rawFile } from './helpers/raw';

const names = csvParse(readFileSync(path.join(REPO_ROOT, 'scripts/curated/chpl_names.csv'), 'utf8'));
const chpl = csvParse(readFileSync(path.join(defaultDataDir(), 'chpl.csv'), 'utf8'));

const HAN = /\p{Script=Han}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

describe('the CHPL codes in Chinese and Russian', () => {
  it('has the columns the app reads', () => {
    expect(names.columns).toEqual(['hs6_2022', 'name_zh', 'name_ru', 'name_source']);
  });

  it('names each of the CHPL list’s codes once, and no other', () => {
    const codes = names.map((row) => row.hs6_2022);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(chpl.map((row) => row.hs6).sort());
    expect(codes).toHaveLength(50);
  });

  it('writes each name in its own script, with no English left in it', () => {
    for (const row of names) {
      expect(row.name_zh, row.hs6_2022).toMatch(HAN);
      expect(row.name_zh, row.hs6_2022).not.toMatch(LATIN);
      expect(row.name_ru, row.hs6_2022).toMatch(CYRILLIC);
      expect(row.name_ru, row.hs6_2022).not.toMatch(LATIN);
    }
  });

  it('says where each name comes from: the project’s translation, or the address of an official tariff', () => {
    for (const row of names) {
      expect(row.name_source, row.hs6_2022).toMatch(/^(project-translation|https:\/\/\S+)$/);
    }
  });
});

describe('chpl.csv as the pipeline writes it', () => {
  const read = (name: string, dir: string) =>
    rawFile('chpl', name, readFileSync(path.join(dir, name), 'utf8'));
  const real = () => parseChpl(read('chpl.csv', defaultDataDir()), read(CHPL_NAMES_FILE, REPO_ROOT));

  it('carries each code’s Chinese and Russian names and their source after the English columns', () => {
    const file = table('chpl.csv', columnsOf(chplItem), real(), {
      kind: 'chpl',
      description: '',
      sources: [],
      caveats: [],
    });
    const written = csvParse(file.content);
    expect(written.columns).toEqual([
      'hs6_2022',
      'tier',
      'description',
      'source_url',
      'name_zh',
      'name_ru',
      'name_source',
    ]);
    const processors = written.find((row) => row.hs6_2022 === '854231');
    expect(processors?.name_zh).toBe('电子集成电路：处理器及控制器');
    expect(processors?.name_ru).toBe('Электронные интегральные схемы: процессоры и контроллеры');
    expect(processors?.name_source).toBe('project-translation');
    expect(written.every((row) => row.name_zh !== '' && row.name_ru !== '')).toBe(true);
  });

  const list = 'hs6,tier,description,source_url\n854231,1,Processors,https://www.bis.gov/x\n';
  const names = (rows: string) =>
    rawFile('chpl', CHPL_NAMES_FILE, `hs6_2022,name_zh,name_ru,name_source\n${rows}`);

  it('fails a build when a CHPL code has no names', () => {
    expect(() => parseChpl(rawFile('chpl', 'chpl.csv', list), names(''))).toThrow(
      /row 2, column hs6: expected a name in scripts\/curated\/chpl_names.csv/,
    );
  });

  it('fails a build when the names file names a code that is not on the list', () => {
    expect(() =>
      parseChpl(
        rawFile('chpl', 'chpl.csv', list),
        names('854231,处理器,Процессоры,project-translation\n854232,存储器,Память,project-translation\n'),
      ),
    ).toThrow(/names code\(s\) not on the CHPL: 854232/);
  });

  it('rejects a source that is neither the project’s translation nor an https address', () => {
    expect(() =>
      parseChpl(rawFile('chpl', 'chpl.csv', list), names('854231,处理器,Процессоры,official\n')),
    ).toThrow(/row 2, column name_source: expected project-translation or an https:\/\/ address/);
  });
});
