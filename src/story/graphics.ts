// What each step of the story shows beside its text: a ChartSpec drawn by SpecFigure, or the timeline.
// Titles are getters, read in the active language when the step renders.
import { i18n } from '../i18n/i18n';
import { DEFAULT_SPEC, defaultSpecFor, PRESETS, type ChartSpec } from '../spec';

export interface SpecGraphic {
  kind: 'spec';
  chartId: string;
  title: string;
  /** Published figures that measure one of its series come with the spec (app/published-marks/eligible.ts). */
  spec: ChartSpec;
}

export interface TimelineGraphic {
  kind: 'timeline';
  chartId: string;
  title: string;
}

export type StoryGraphic = SpecGraphic | TimelineGraphic;

const tierOnly = (tier: '1' | '4.B'): ChartSpec => ({ ...DEFAULT_SPEC, products: [{ kind: 'tier', tier }] });

export const GRAPHICS = {
  tiers: {
    kind: 'spec',
    chartId: 'chpl-tiers',
    get title() {
      return i18n._({
        id: 'story.chart.chpl-tiers',
        message: 'China’s exports to Russia of high-priority dual-use goods, by CHPL tier',
      });
    },
    spec: PRESETS['chpl-tiers'],
  },
  timeline: {
    kind: 'timeline',
    chartId: 'sanctions-timeline',
    get title() {
      return i18n._({
        id: 'story.chart.sanctions-timeline',
        message: 'Sanctions, export controls and China’s position: a timeline',
      });
    },
  },
  tier1: {
    kind: 'spec',
    chartId: 'story-tier-1',
    get title() {
      return i18n._({
        id: 'story.chart.story-tier-1',
        message: 'Integrated circuits (CHPL tier 1): China’s exports to Russia',
      });
    },
    spec: tierOnly('1'),
  },
  tier4b: {
    kind: 'spec',
    chartId: 'story-tier-4b',
    get title() {
      return i18n._({
        id: 'story.chart.story-tier-4b',
        message: 'Machine tools (CHPL tier 4.B): China’s exports to Russia',
      });
    },
    spec: tierOnly('4.B'),
  },
  topCodes: {
    kind: 'spec',
    chartId: 'story-top-codes',
    get title() {
      return i18n._({
        id: 'story.chart.story-top-codes',
        message: 'The CHPL codes China sold Russia most of in 2023',
      });
    },
    spec: PRESETS['chpl-top-codes-2023'],
  },
  chplShare: {
    kind: 'spec',
    chartId: 'story-chpl-share',
    get title() {
      return i18n._({
        id: 'story.chart.story-chpl-share',
        message: 'CHPL goods as a share of everything China sells Russia',
      });
    },
    spec: PRESETS['chpl-share-of-total'],
  },
  chplVsTotal: {
    kind: 'spec',
    chartId: 'story-chpl-vs-total',
    get title() {
      return i18n._({
        id: 'story.chart.story-chpl-vs-total',
        message: 'CHPL goods and all goods, China to Russia, indexed to 2021',
      });
    },
    spec: {
      ...DEFAULT_SPEC,
      products: [{ kind: 'chpl-all' }, { kind: 'total' }],
      transform: { kind: 'index', base: '2021' },
    },
  },
  russiaImports: {
    kind: 'spec',
    chartId: 'story-russia-imports',
    get title() {
      return i18n._({
        id: 'story.chart.story-russia-imports',
        message: 'Where Russia’s imports come from: China, the EU and others',
      });
    },
    spec: PRESETS['russia-imports-by-partner'],
  },
  russiaImportShares: {
    kind: 'spec',
    chartId: 'story-russia-import-shares',
    get title() {
      return i18n._({
        id: 'story.chart.story-russia-import-shares',
        message: 'Shares of Russia’s imports: China, the EU and others',
      });
    },
    spec: { ...PRESETS['russia-imports-by-partner'], transform: { kind: 'share', of: 'total' } },
  },
  euNeighbours: {
    kind: 'spec',
    chartId: 'story-eu-neighbours',
    get title() {
      return i18n._({
        id: 'story.chart.story-eu-neighbours',
        message: 'EU exports of sanctioned goods to Russia and its neighbours',
      });
    },
    spec: PRESETS['eu-sanctioned-neighbours'],
  },
  monthlyTotals: {
    kind: 'spec',
    chartId: 'story-monthly-totals',
    get title() {
      return i18n._({
        id: 'story.chart.story-monthly-totals',
        message: 'China’s exports to Russia, all goods, 12-month rolling sum',
      });
    },
    spec: PRESETS['monthly-totals-rolling'],
  },
  monthlyTotalsYtd: {
    kind: 'spec',
    chartId: 'story-monthly-totals-ytd',
    get title() {
      return i18n._({
        id: 'story.chart.story-monthly-totals-ytd',
        message: 'China’s exports to Russia, all goods, year to date, with China Customs’ published totals',
      });
    },
    spec: PRESETS['monthly-totals-ytd'],
  },
  // Only in builds with the monthly CHPL file (see sections.tsx): China's declarations, month by month.
  monthlyChplTiers: {
    kind: 'spec',
    chartId: 'story-monthly-chpl-tiers',
    get title() {
      return i18n._({
        id: 'story.chart.story-monthly-chpl-tiers',
        message: 'China’s monthly exports to Russia of CHPL goods, by tier',
      });
    },
    spec: { ...defaultSpecFor('comtrade-chpl-monthly'), from: '2021-01' },
  },
  monthlyChplPartners: {
    kind: 'spec',
    chartId: 'story-monthly-chpl-partners',
    get title() {
      return i18n._({
        id: 'story.chart.story-monthly-chpl-partners',
        message: 'China’s CHPL exports to Russia and to transit partners',
      });
    },
    spec: {
      ...defaultSpecFor('comtrade-chpl-partners'),
      from: '2021-01',
      transform: { kind: 'rolling', window: 12 },
      chart: 'small-multiples',
    },
  },
} as const satisfies Record<string, StoryGraphic>;
