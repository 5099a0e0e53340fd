// @vitest-environment node
// Issue 15: the story's findings written in Chinese and Russian from the same computed values, on the REAL
// public/data files (run `npm run data` first): each sentence in its language's script, money in the language's
// own words (亿美元, млрд долл.), every break a sentence crosses named in that sentence, the like-for-like figure
// first, no argument left unreplaced; and English unchanged after a switch back.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTable } from '../../../src/data/csv/parse-table';
import type { Manifest } from '../../../src/data/schema';
import { TABLE_SCHEMAS, type TableKind, type TableRow } from '../../../src/data/tables';
import { activateLocale, addCatalogue } from '../../../src/i18n/i18n';
import { PAGES_CATALOGUE } from '../../../src/i18n/pages-catalogue';
import { BREAK_WORDS } from '../../../src/story/facts/breaks';
import type { StoryData } from '../../../src/story/facts/types';
import { MONTHLY_CHPL_STEPS, SECTIONS } from '../../../src/story/sections';

const DATA = resolve(import.meta.dirname, '../../../public/data');
const text = (file: string) => readFileSync(resolve(DATA, file), 'utf8');
const load = <K extends TableKind>(file: string, kind: K) =>
  parseTable(text(file), TABLE_SCHEMAS[kind], file).rows as TableRow<K>[];

const data: StoryData = {
  baciChpl: load('flows/baci_chpl.csv', 'flows'),
  baciTotals: load('flows/baci_totals.csv', 'flows'),
  concordance: load('concordance.csv', 'concordance'),
  chpl: load('chpl.csv', 'chpl'),
  imf: load('flows/imf_russia_partners.csv', 'flows'),
  eurostat: load('flows/eurostat_eu_sanctioned.csv', 'flows'),
  comtrade: load('flows/comtrade_monthly_totals.csv', 'flows'),
  headlines: load('headline_figures.csv', 'headlines'),
  gaccTotals: load('gacc_reported_totals.csv', 'published-totals'),
  events: load('events.csv', 'events'),
};
const manifest = JSON.parse(text('manifest.json')) as Manifest;

/** Where each step reads its periods (as in breaks-named.test.ts). */
const STEP_SOURCE: Record<string, string | null> = {
  tiers: 'baci',
  'tier-1': 'baci',
  'tier-4b': 'baci',
  'top-codes': 'baci',
  'chpl-share': 'baci',
  'chpl-vs-total': 'baci',
  'russia-imports': 'imf-imts',
  'russia-import-shares': 'imf-imts',
};
const ALL_CODES = new Set(['tiers', 'chpl-share', 'chpl-vs-total']);
const steps = [...SECTIONS.flatMap((section) => section.steps), ...MONTHLY_CHPL_STEPS.steps];
const step = (id: string) => steps.find((s) => s.id === id)!;

/** Years as Chinese and Russian write them too ("2021年", "2021 году"). */
const years = (sentence: string) => [...sentence.matchAll(/(?<!\d)(20\d\d)(?!\d)/g)].map((m) => Number(m[1]));

const english = () => steps.map((s) => s.finding(data).sentences);
let englishBefore: readonly (readonly string[])[];

beforeAll(() => {
  englishBefore = english();
  addCatalogue(PAGES_CATALOGUE);
});
afterAll(async () => {
  await activateLocale('en');
});

const CASES = [
  {
    lang: 'zh',
    script: /[\u4e00-\u9fff]/,
    // 5.35e9 -> "53.5亿美元": hundreds of millions, three significant figures.
    money: (usd: number) => `${Number((usd / 1e8).toPrecision(3))}亿美元`,
    pct: (ratio: number) => `${Math.round((ratio - 1) * 100)}%`,
  },
  {
    lang: 'ru',
    script: /[а-яё]/i,
    // 5.35e9 -> "5,35 млрд долл.": billions with a decimal comma.
    money: (usd: number) => `${String(Number((usd / 1e9).toPrecision(3))).replace('.', ',')} млрд долл.`,
    pct: (ratio: number) => `${Math.round((ratio - 1) * 100)} %`,
  },
] as const;

describe.each(CASES)('the findings in $lang', ({ lang, script, money, pct }) => {
  beforeAll(async () => {
    await activateLocale(lang);
  });

  it.each(steps.map((s) => [s.id] as const))('%s: in its script, every argument filled', (id) => {
    for (const sentence of step(id).finding(data).sentences) {
      expect(sentence, sentence).toMatch(script);
      expect(sentence).not.toMatch(/\{[a-z]\w*\}|story\.[a-z]/);
      expect(sentence).not.toMatch(/no data|\$\d/);
    }
  });

  it.each(Object.keys(STEP_SOURCE).map((id) => [id] as const))('%s names each break it crosses', (id) => {
    const breaks = manifest.breaks.filter((b) => b.source === STEP_SOURCE[id]);
    const words = BREAK_WORDS[lang];
    const problems: string[] = [];
    for (const sentence of step(id).finding(data).sentences) {
      for (const b of breaks) {
        const found = years(sentence);
        const after = Number(b.after);
        if (!found.some((y) => y <= after) || !found.some((y) => y > after)) continue;
        if (!sentence.includes(words.basis)) problems.push(`basis unnamed: ${sentence}`);
        if (ALL_CODES.has(id) && !sentence.includes(words.hs)) problems.push(`HS unnamed: ${sentence}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the CHPL finding leads with 2022 -> 2023 in its money words, then the comparable codes beside all codes', () => {
    const finding = step('tiers').finding(data);
    const [first, cross] = finding.sentences;
    expect(years(first!)).toEqual([2022, 2023]);
    expect(first).toContain(money(finding.figures.chpl2022!));
    expect(first).toContain(money(finding.figures.chpl2023!));
    expect(cross).toContain(BREAK_WORDS[lang].basis);
    expect(cross).toContain(BREAK_WORDS[lang].hs);
    const comparable = `+${pct(finding.figures.comparableChange2021to2023!)}`;
    expect(cross).toContain(comparable);
    expect(cross).toContain(money(finding.figures.comparable2021!));
    // Like for like first: the comparable codes' figures come before the all-codes ones.
    expect(cross!.indexOf(money(finding.figures.comparable2021!))).toBeLessThan(
      cross!.indexOf(money(finding.figures.chpl2021!)),
    );
  });

  it('writes shares and changes with the language’s own decimal mark', () => {
    const share = step('chpl-share').finding(data);
    const value = (share.figures.share2021! * 100).toFixed(1);
    expect(share.sentences[0]).toContain(lang === 'ru' ? `${value.replace('.', ',')} %` : `${value}%`);
  });
});

describe('after Chinese and Russian', () => {
  it('English is written as before, byte for byte', async () => {
    await activateLocale('ru');
    await activateLocale('en');
    expect(english()).toEqual(englishBefore);
  });
});
