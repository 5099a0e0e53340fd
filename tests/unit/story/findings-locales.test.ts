// @vitest-environment node
// Issue 15: the story's findings written in Chinese and Russian from the same computed values, on the REAL
// public/data files (run `npm run data` first): each sentence in its language's script, money in the language's
// own words (亿美元, млрд долл.), every break a sentence crosses named in that sentence, the like-for-like figure
// first, no argument left unreplaced; and English unchanged after a switch back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activateLocale, addCatalogue } from '../../../src/i18n/i18n';
import { PAGES_CATALOGUE } from '../../../src/i18n/pages-catalogue';
import { BREAK_WORDS } from '../../../src/story/facts/breaks';
import { MONTHLY_CHPL_STEPS, SECTIONS } from '../../../src/story/sections';
import { ALL_CODES, realManifest, realStoryData, STEP_SOURCE as ALL_STEP_SOURCES } from './real-story-data';

const data = realStoryData();
const manifest = realManifest();

/** The steps whose findings this file reads, with where each reads its periods (./real-story-data.ts). */
const STEP_SOURCE = Object.fromEntries(
  Object.entries(ALL_STEP_SOURCES).filter(([, source]) => source === 'baci' || source === 'imf-imts'),
);
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
