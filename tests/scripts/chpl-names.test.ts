// scripts/curated/chpl_names.csv: a Chinese and a Russian name for each of the 50 CHPL codes, with its source.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, REPO_ROOT } from '../../scripts/pipeline/resolve';

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
