// The article's arguments in its order, each with the charts that test it. The prose here frames each chart;
// every number the reader sees comes from a finding computed from the loaded data.
import type { ReactNode } from 'react';
import { i18n } from '../i18n/i18n';
import { chplShareFinding, chplGrowthFinding } from './facts/chpl-share';
import { chplMonthlyFinding, chplPartnersFinding } from './facts/chpl-monthly';
import { chplOverviewFinding } from './facts/chpl-overview';
import { DATA_FILES } from '../data/files';
import { euNeighboursFinding } from './facts/eu-neighbours';
import { afterDetailFinding } from './facts/after-detail';
import { monthlyTotalsFinding } from './facts/monthly-totals';
import { russiaImportsFinding, russiaPartnerSharesFinding } from './facts/russia-imports';
import { tier1Finding } from './facts/tier-1';
import { tier4bFinding } from './facts/tier-4b';
import { timelineFinding } from './facts/timeline';
import { topCodesFinding } from './facts/top-codes';
import type { Finding, StoryData } from './facts/types';
import { GRAPHICS, type StoryGraphic } from './graphics';

// Headings, arguments, step texts and quotation translations are getters: each reads the active language when the
// page renders (the page re-renders on a switch), while the quotations stay the article's English words.
export interface StoryStep {
  id: string;
  graphic: StoryGraphic;
  readonly text: ReactNode;
  finding: (data: StoryData) => Finding;
}

export interface StorySection {
  id: string;
  readonly heading: string;
  /** The article's argument, in one sentence of our own. */
  readonly argument: string;
  /** A brief quotation where the article's wording matters, verbatim in English in every language. */
  quote: string;
  /** The project's own translation of the quotation (shown under it in Chinese and Russian; English: the quote). */
  readonly quoteTranslation: string;
  steps: readonly StoryStep[];
}

export const ARTICLE_TITLE = 'China Must End Support for Russia in Ukraine War';

export const SECTIONS: readonly StorySection[] = [
  {
    id: 'sanctions-on-chinese-firms',
    get heading() {
      return i18n._({
        id: 'story.s1.heading',
        message: '1. Washington weighs sanctions on Chinese companies',
      });
    },
    get argument() {
      return i18n._({
        id: 'story.s1.argument',
        message:
          'The article opens with the United States considering sanctions on Chinese companies that help Russia, as a sign of mounting pressure on Beijing.',
      });
    },
    quote:
      'consideration of sanctions by the United States against Chinese companies facilitating Russia’s actions',
    get quoteTranslation() {
      return i18n._({
        id: 'story.s1.quote',
        message:
          'consideration of sanctions by the United States against Chinese companies facilitating Russia’s actions',
      });
    },
    steps: [
      {
        id: 'tiers',
        graphic: GRAPHICS.tiers,
        get text() {
          return (
            <p>
              {i18n._({
                id: 'story.step.tiers',
                message:
                  'The sanctions aim at the trade in goods Western governments found in Russian weapons, the Common High Priority List. This is what China sold Russia directly under those codes, by tier; tier 1, integrated circuits, is the list’s highest concern.',
              })}
            </p>
          );
        },
        finding: chplOverviewFinding,
      },
      {
        id: 'timeline',
        graphic: GRAPHICS.timeline,
        get text() {
          return (
            <p>
              {i18n._({
                id: 'story.step.timeline',
                message:
                  'The pressure the article describes did not start with it: US and EU measures against Chinese suppliers of Russia accumulated from 2022 onwards.',
              })}
            </p>
          );
        },
        finding: timelineFinding,
      },
    ],
  },
  {
    id: 'dual-use-supply',
    get heading() {
      return i18n._({
        id: 'story.s2.heading',
        message: '2. Chinese firms supply dual-use technology and equipment',
      });
    },
    get argument() {
      return i18n._({
        id: 'story.s2.argument',
        message:
          'The article’s central charge is that Chinese firms, by selling Russia technology and equipment with both civilian and military uses, help sustain the war.',
      });
    },
    quote:
      'By providing critical dual-use technologies and equipment to Russia, Chinese firms are directly contributing to the escalation of violence',
    get quoteTranslation() {
      return i18n._({
        id: 'story.s2.quote',
        message:
          'By providing critical dual-use technologies and equipment to Russia, Chinese firms are directly contributing to the escalation of violence',
      });
    },
    steps: [
      {
        id: 'tier-1',
        graphic: GRAPHICS.tier1,
        get text() {
          return (
            <p>
              {i18n._({
                id: 'story.step.tier-1',
                message: 'Integrated circuits are tier 1, the list’s highest concern.',
              })}
            </p>
          );
        },
        finding: tier1Finding,
      },
      {
        id: 'tier-4b',
        graphic: GRAPHICS.tier4b,
        get text() {
          return (
            <p>
              {i18n._({
                id: 'story.step.tier-4b',
                message:
                  'Computer-controlled machine tools for working metal (tier 4.B) make parts of every kind, weapons among them. Here the data show the clearest change.',
              })}
            </p>
          );
        },
        finding: tier4bFinding,
      },
      {
        id: 'top-codes',
        graphic: GRAPHICS.topCodes,
        get text() {
          return (
            <p>
              {i18n._({
                id: 'story.step.top-codes',
                message: 'Which of the list’s 50 codes carry the trade?',
              })}
            </p>
          );
        },
        finding: topCodesFinding,
      },
    ],
  },
  {
    id: 'purely-economic',
    get heading() {
      return i18n._({ id: 'story.s3.heading', message: '3. “Purely economic cooperation”?' });
    },
    get argument() {
      return i18n._({
        id: 'story.s3.argument',
        message:
          'Beijing says its trade with Russia is ordinary commerce aimed at no one; the article calls that claim increasingly untenable.',
      });
    },
    quote: 'purely economic cooperation and not targeted at any third party is increasingly untenable',
    get quoteTranslation() {
      return i18n._({
        id: 'story.s3.quote',
        message: 'purely economic cooperation and not targeted at any third party is increasingly untenable',
      });
    },
    steps: [
      {
        id: 'chpl-share',
        graphic: GRAPHICS.chplShare,
        get text() {
          return (
            <p>
              {i18n._({
                id: 'story.step.chpl-share',
                message:
                  'If the listed goods were singled out, they would grow faster than the rest of China’s sales to Russia, and their share would rise.',
              })}
            </p>
          );
        },
        finding: chplShareFinding,
      },
      {
        id: 'chpl-vs-total',
        graphic: GRAPHICS.chplVsTotal,
        get text() {
          return (
            <p>
              {i18n._({
                id: 'story.step.chpl-vs-total',
                message: 'The same comparison as growth since 2021, the last year before the invasion.',
              })}
            </p>
          );
        },
        finding: chplGrowthFinding,
      },
    ],
  },
  {
    id: 'refusal-to-join-sanctions',
    get heading() {
      return i18n._({ id: 'story.s4.heading', message: '4. China stays out of the sanctions' });
    },
    get argument() {
      return i18n._({
        id: 'story.s4.argument',
        message:
          'China’s refusal to join Western sanctions, the article argues, shows how closely it has aligned itself with Moscow.',
      });
    },
    quote:
      'China’s refusal to join international sanctions against Russia underscores the depth of its strategic alignment with Moscow',
    get quoteTranslation() {
      return i18n._({
        id: 'story.s4.quote',
        message:
          'China’s refusal to join international sanctions against Russia underscores the depth of its strategic alignment with Moscow',
      });
    },
    steps: [
      {
        id: 'russia-imports',
        graphic: GRAPHICS.russiaImports,
        get text() {
          return (
            <p>
              {i18n._({
                id: 'story.step.russia-imports',
                message:
                  'What staying out looks like in Russia’s trade: its imports by partner, from the IMF, with the EU (which sanctions Russia) beside China (which does not).',
              })}
            </p>
          );
        },
        finding: russiaImportsFinding,
      },
      {
        id: 'russia-import-shares',
        graphic: GRAPHICS.russiaImportShares,
        get text() {
          return (
            <p>
              {i18n._({
                id: 'story.step.russia-import-shares',
                message:
                  'The same as shares of all Russia’s imports, with the neighbours and hubs through which goods are often routed.',
              })}
            </p>
          );
        },
        finding: russiaPartnerSharesFinding,
      },
      {
        id: 'eu-neighbours',
        graphic: GRAPHICS.euNeighbours,
        get text() {
          return (
            <p>
              {i18n._({
                id: 'story.step.eu-neighbours',
                message:
                  'Joining sanctions is not the whole story either. After the EU banned sanctioned goods for Russia, its exports of those goods to Russia’s neighbours rose.',
              })}
            </p>
          );
        },
        finding: euNeighboursFinding,
      },
    ],
  },
  {
    id: 'change-course',
    get heading() {
      return i18n._({ id: 'story.s5.heading', message: '5. The call for China to change course' });
    },
    get argument() {
      return i18n._({
        id: 'story.s5.argument',
        message:
          'The article ends by urging China to reassess its policy and stop facilitating Russia’s war.',
      });
    },
    quote:
      'it is imperative for China to reassess its policy and take concrete steps to end its facilitation of Moscow’s military operations',
    get quoteTranslation() {
      return i18n._({
        id: 'story.s5.quote',
        message:
          'it is imperative for China to reassess its policy and take concrete steps to end its facilitation of Moscow’s military operations',
      });
    },
    steps: [
      {
        id: 'monthly-totals',
        graphic: GRAPHICS.monthlyTotals,
        get text() {
          return (
            <p>
              {i18n._({
                id: 'story.step.monthly-totals',
                message:
                  'The data cannot say what China intends, but they can say whether its trade with Russia changed course after the sanctions and the warnings, up to the end of 2024.',
              })}
            </p>
          );
        },
        finding: monthlyTotalsFinding,
      },
      {
        id: 'after-detail',
        graphic: GRAPHICS.monthlyTotalsYtd,
        get text() {
          return (
            <p>
              {i18n._({
                id: 'story.step.after-detail',
                message:
                  'After the last month we hold in detail, China Customs’ own year-to-date totals, as the press quoted them, show where the trade went next. On the chart, each diamond is one of those published figures, set against the same months summed from our data.',
              })}
            </p>
          );
        },
        finding: afterDetailFinding,
      },
    ],
  },
];

/** Steps drawn only when this build has their data file, inserted into a section after one of its steps. */
export interface DataSteps {
  section: string;
  after: string;
  file: string;
  steps: readonly StoryStep[];
}

/** China's monthly declarations of the CHPL codes (`npm run data:update`): the latest months, code by code. */
export const MONTHLY_CHPL_STEPS: DataSteps = {
  section: 'change-course',
  after: 'monthly-totals',
  file: DATA_FILES.comtradeChplMonthly,
  steps: [
    {
      id: 'monthly-chpl-tiers',
      graphic: GRAPHICS.monthlyChplTiers,
      get text() {
        return (
          <p>
            {i18n._({
              id: 'story.step.monthly-chpl-tiers',
              message:
                'Totals mix every kind of good. China’s monthly declarations of the listed codes themselves show whether the goods the article is about changed course, up to the latest month China has reported.',
            })}
          </p>
        );
      },
      finding: chplMonthlyFinding,
    },
    {
      id: 'monthly-chpl-partners',
      graphic: GRAPHICS.monthlyChplPartners,
      get text() {
        return (
          <p>
            {i18n._({
              id: 'story.step.monthly-chpl-partners',
              message:
                'Goods can also reach Russia through its neighbours and trading hubs. These are China’s declared exports of the same codes to Russia and to those partners, as 12-month sums.',
            })}
          </p>
        );
      },
      finding: chplPartnersFinding,
    },
  ],
};

/** The sections with the steps whose file this build has: without it, a section keeps its own charts only. */
export function sectionsWithData(
  hasFile: (path: string) => boolean,
  sections: readonly StorySection[] = SECTIONS,
  extras: readonly DataSteps[] = [MONTHLY_CHPL_STEPS],
): StorySection[] {
  return sections.map((section) => {
    const steps = [...section.steps];
    for (const extra of extras) {
      if (extra.section !== section.id || !hasFile(extra.file)) continue;
      const at = steps.findIndex((step) => step.id === extra.after);
      steps.splice(at < 0 ? steps.length : at + 1, 0, ...extra.steps);
    }
    return steps.length === section.steps.length ? section : { ...section, steps };
  });
}
