import { describe, expect, it } from 'vitest';
import { chplGrowthFinding, chplShareFinding } from '../../../src/story/facts/chpl-share';
import { chplOverviewFinding } from '../../../src/story/facts/chpl-overview';
import { tier1Finding } from '../../../src/story/facts/tier-1';
import { tier4bFinding } from '../../../src/story/facts/tier-4b';
import { topCodesFinding } from '../../../src/story/facts/top-codes';
import { baciChpl, flow, headline, storyData } from './fixtures';

const icFigure = headline({
  id: 'chinas-exports-of-integrated-circuits-to-russia-2022',
  value: '179',
  note: 'Same article: 2021 = $74M.',
});

describe('chplOverviewFinding', () => {
  it('sums every tier, China to Russia only, and names the largest tier', () => {
    const finding = chplOverviewFinding(storyData());
    expect(finding.figures).toMatchObject({ chpl2021: 1000e6, chpl2022: 400e6, chpl2023: 1000e6 });
    expect(finding.figures.change2021to2023).toBeCloseTo(1);
    expect(finding.figures.largestTier2023).toBe(800e6);
    expect(finding.sentences[0]).toContain('from $400 m in 2022 to $1.0 bn in 2023 (+150%)');
    expect(finding.sentences.join(' ')).toContain('tier 4.B ($800 m)');
  });

  it('leads with 2022 -> 2023, then gives 2021 -> 2023 on comparable codes beside all codes, naming both breaks', () => {
    const { concordance } = storyData();
    const narrowed = concordance.map((row) =>
      row.hs6_2017 === '851762'
        ? { ...row, comparability: 'hs2017-broader' as const, comparable: 'no' as const }
        : row,
    );
    const finding = chplOverviewFinding(storyData({ concordance: narrowed }));
    expect(finding.figures).toMatchObject({ comparable2021: 300e6, comparable2023: 960e6 });
    expect(finding.figures.comparableChange2021to2023).toBeCloseTo(3.2);
    expect(finding.sentences[0]).not.toContain('2021');
    const cross = finding.sentences[1]!;
    expect(cross).toMatch(/2022 change of basis.*HS 2022 change/);
    expect(cross).toContain('comparable across the HS change went from $300 m to $960 m (+220%)');
    expect(cross).toContain(
      'all CHPL codes, including the HS 2017 lines HS 2022 narrowed, from $1.0 bn to $1.0 bn',
    );
  });
});

describe('tier1Finding', () => {
  it('sets BACI beside the published figures and flags the basis artefact', () => {
    const finding = tier1Finding(storyData({ headlines: [icFigure] }));
    expect(finding.figures).toMatchObject({
      tier1_2021: 200e6,
      tier1_2022: 150e6,
      published2021: 74e6,
      published2022: 179e6,
      hongKong2022: null,
    });
    expect(finding.figures.change2021to2022).toBeCloseTo(0.75);
    const text = finding.sentences.join(' ');
    expect(finding.sentences[0]).toContain(
      '$150 m in 2022 and $160 m in 2023 (+6.7%), both on China’s declarations alone; in 2021, before the 2022 change of basis, $200 m (−25% from 2021 to 2022 across it)',
    );
    expect(text).toContain('well below that figure');
    expect(text).toMatch(/may be an artefact of the 2022 change of basis/);
  });

  it('says nothing about published figures the file does not have', () => {
    const finding = tier1Finding(storyData());
    expect(finding.figures.published2022).toBeNull();
    expect(finding.sentences.join(' ')).not.toContain('Wall Street Journal');
  });
});

describe('tier4bFinding', () => {
  it('gives the rise since 2021 and the share of all CHPL goods', () => {
    const finding = tier4bFinding(storyData());
    expect(finding.figures.change2021to2023).toBeCloseTo(8);
    expect(finding.figures.change2022to2023).toBeCloseTo(3.2);
    expect(finding.sentences.join(' ')).toContain('2023 alone was 3.2 times 2022');
    expect(finding.figures.shareOfChpl2023).toBeCloseTo(0.8);
    expect(finding.sentences.join(' ')).toContain('8.0 times the 2021 value');
    expect(finding.sentences.join(' ')).toContain('80.0% of all CHPL goods');
  });

  it('treats a missing year as no data, not zero', () => {
    const finding = tier4bFinding(storyData({ baciChpl: baciChpl.filter((r) => r.period !== '2021') }));
    expect(finding.figures.tier4b_2021).toBeNull();
    expect(finding.figures.change2021to2023).toBeNull();
    expect(finding.sentences[1]).toContain('there is no data to compare with (no data)');
  });
});

describe('topCodesFinding', () => {
  it('ranks the codes of the year and gives the share of the top ones', () => {
    const chpl = [
      {
        hs6_2022: '845710',
        tier: '4.B' as const,
        description: 'Machining centres',
        source_url: 'https://e.org/',
      },
    ];
    const finding = topCodesFinding(storyData({ chpl }));
    expect(finding.figures).toMatchObject({ codesWithTrade: 3, top1: 800e6, top2: 160e6, top3: 40e6 });
    expect(finding.figures.topShare).toBeCloseTo(1);
    expect(finding.sentences[0]).toContain('845710 (machining centres), $800 m');
  });
});

describe('chplShareFinding and chplGrowthFinding', () => {
  it('divides CHPL goods by all goods, year by year', () => {
    const finding = chplShareFinding(storyData());
    expect(finding.figures.share2021).toBeCloseTo(0.1);
    expect(finding.figures.share2022).toBeCloseTo(0.032);
    expect(finding.figures.share2023).toBeCloseTo(0.05);
    expect(finding.sentences[0]).toContain(
      '3.2% of everything China sold Russia directly in 2022 and 5.0% in 2023',
    );
    expect(finding.sentences[0]).toContain(
      'in 2021, before the 2022 change of basis and the HS 2022 change, 10.0%',
    );
    expect(finding.sentences[1]).toContain(
      'across the 2022 change of basis and the HS 2022 change, their share did not rise',
    );
  });

  it('says so when the share rises', () => {
    const rows = [...baciChpl, flow({ period: '2023', product: '854231', value: 5e9 })];
    expect(chplShareFinding(storyData({ baciChpl: rows })).sentences.join(' ')).toContain('their share rose');
  });

  it('compares growth of CHPL goods and of all goods since 2021', () => {
    const finding = chplGrowthFinding(storyData());
    expect(finding.figures.totalChange).toBeCloseTo(2);
    expect(finding.figures.chplChange).toBeCloseTo(1);
    expect(finding.sentences[0]).toContain('across the 2022 change of basis');
    expect(finding.sentences[0]).toContain('from $10 bn to $20 bn (+100%)');
  });
});
