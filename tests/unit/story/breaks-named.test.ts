// @vitest-environment node
// Every story finding, on the REAL public/data files (run `npm run data` first): a sentence that compares a
// period before a break with one after it names the break in that same sentence; the CHPL 2021 -> 2023 finding
// leads with the like-for-like figure (2022 -> 2023) and gives the comparable-codes change beside the all-codes one.
import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../../../src/story/sections';
import { ALL_CODES, realManifest, realStoryData, STEP_SOURCE } from './real-story-data';

const data = realStoryData();
const manifest = realManifest();

const years = (sentence: string) => [...sentence.matchAll(/\b(20\d\d)\b/g)].map((m) => Number(m[1]));

/** The problems of one sentence: it compares periods on both sides of `breakAfter` without naming the break(s). */
export function unnamedBreaks(sentence: string, breakAfter: number, allCodes: boolean): string[] {
  const found = years(sentence);
  if (!found.some((y) => y <= breakAfter) || !found.some((y) => y > breakAfter)) return [];
  const problems: string[] = [];
  if (!/change of basis/.test(sentence)) problems.push(`crosses ${breakAfter}|${breakAfter + 1} unnamed`);
  if (allCodes && !/HS 2022/.test(sentence)) problems.push('crosses the HS 2022 change unnamed');
  return problems;
}

const steps = SECTIONS.flatMap((section) => section.steps);

describe('findings name each break they cross', () => {
  it('the rule catches the sentences it was written for', () => {
    expect(
      unnamedBreaks(
        'China’s exports of all CHPL goods came to $5.5 bn in 2021 and $5.4 bn in 2023.',
        2021,
        true,
      ),
    ).toEqual(['crosses 2021|2022 unnamed', 'crosses the HS 2022 change unnamed']);
    expect(unnamedBreaks('In 2023 they were 15.2% of all CHPL goods.', 2021, true)).toEqual([]);
  });

  it('every finding generator is classified by its source', () => {
    expect(steps.map((step) => step.id).sort()).toEqual(Object.keys(STEP_SOURCE).sort());
  });

  it.each(steps.map((step) => [step.id, step] as const))('%s', (id, step) => {
    const source = STEP_SOURCE[id];
    const breaks = manifest.breaks.filter((b) => b.source === source);
    const problems = step
      .finding(data)
      .sentences.flatMap((sentence) =>
        breaks.flatMap((b) =>
          unnamedBreaks(sentence, Number(b.after), ALL_CODES.has(id)).map((p) => `${p}: ${sentence}`),
        ),
      );
    expect(problems).toEqual([]);
  });

  it('the CHPL finding leads with 2022 -> 2023 and shows the comparable-codes change beside the all-codes one', () => {
    const finding = steps.find((step) => step.id === 'tiers')!.finding(data);
    expect(years(finding.sentences[0]!)).toEqual([2022, 2023]);
    // Independently: the HS 2017 lines whose scope HS 2022 narrowed or split are left out.
    const narrowed = new Set(data.concordance.filter((r) => r.comparable === 'no').map((r) => r.hs6_2017));
    expect([...narrowed].sort()).toEqual(['852580', '852990', '854140', '854150', '901380']);
    const chpl = new Set(data.concordance.map((r) => r.hs6_2017));
    const sum = (year: string, keep: (hs6: string) => boolean) =>
      data.baciChpl
        .filter((r) => r.exporter === 'CHN' && r.importer === 'RUS' && r.period === year && keep(r.product))
        .reduce((total, r) => total + r.value, 0);
    const comparable = (hs6: string) => chpl.has(hs6) && !narrowed.has(hs6);
    const comparableChange = sum('2023', comparable) / sum('2021', comparable);
    expect(finding.figures.comparableChange2021to2023).toBeCloseTo(comparableChange, 10);
    expect(comparableChange).toBeGreaterThan(1.15);
    const allChange = sum('2023', (c) => chpl.has(c)) / sum('2021', (c) => chpl.has(c));
    expect(allChange).toBeLessThan(1);
    const cross = finding.sentences[1]!;
    const pct = (ratio: number) => `${Math.round(Math.abs(ratio - 1) * 1000) / 10}`;
    expect(cross).toMatch(/change of basis/);
    expect(cross.indexOf('comparable')).toBeLessThan(cross.indexOf('all CHPL codes'));
    expect(cross).toContain(`+${Math.round((comparableChange - 1) * 100)}%`);
    expect(cross).toContain(`−${pct(allChange)}%`);
  });
});
