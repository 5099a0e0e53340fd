// Who wrote what we test, as far as the copy we were given says (../shared/article/, plain text: a title line
// and seven paragraphs, no byline, outlet, date or address). A field the copy does not give stays null and the
// page says it is not given, rather than guessing it from the wording.

import { i18n } from '../i18n/i18n';

export interface ArticleIdentity {
  title: string;
  author: string | null;
  outlet: string | null;
  /** ISO date of publication. */
  published: string | null;
  url: string | null;
  /** Where our copy of the text came from, said on the page so a reader knows what "not given" refers to. */
  copy: string;
}

export const ARTICLE: ArticleIdentity = {
  title: 'China Must End Support for Russia in Ukraine War',
  author: null,
  outlet: null,
  published: null,
  url: null,
  copy: 'a plain-text copy with its title and seven paragraphs, without byline, outlet, date or link',
};

/** Each paragraph of the article, in order: the story section that tests it, or why none does. */
export type ParagraphCoverage =
  | { paragraph: number; opening: string; tested: true; sectionId: string }
  | { paragraph: number; opening: string; tested: false; topic: string; why: string };

export const PARAGRAPHS: readonly ParagraphCoverage[] = [
  {
    paragraph: 1,
    opening: 'China’s support for Russia’s military operations in Ukraine has drawn significant scrutiny',
    tested: true,
    sectionId: 'sanctions-on-chinese-firms',
  },
  {
    paragraph: 2,
    opening: 'The potential imposition of sanctions on Chinese companies by the US',
    tested: true,
    sectionId: 'sanctions-on-chinese-firms',
  },
  {
    paragraph: 3,
    opening: 'China’s support not only undermines efforts to resolve the crisis peacefully',
    tested: true,
    sectionId: 'dual-use-supply',
  },
  {
    paragraph: 4,
    opening: 'Moreover, China’s alignment with Russia in the Ukraine conflict poses serious challenges',
    tested: false,
    // Our words, read in the active language; the opening above is the article's English, quoted.
    get topic() {
      return i18n._({
        id: 'story.untested.topic',
        message: 'the international order and the norms governing state behaviour',
      });
    },
    get why() {
      return i18n._({
        id: 'story.untested.why',
        message:
          'It is a judgement about norms, values and trust between governments. Trade statistics record goods, values and quantities crossing borders; no series in these data measures the international order, the norms of state behaviour or trust in Beijing, so the data can neither support nor refute it.',
      });
    },
  },
  {
    paragraph: 5,
    opening: 'China’s insistence that its trade with Russia is purely economic cooperation',
    tested: true,
    sectionId: 'purely-economic',
  },
  {
    paragraph: 6,
    opening: 'Furthermore, China’s refusal to join international sanctions against Russia',
    tested: true,
    sectionId: 'refusal-to-join-sanctions',
  },
  {
    paragraph: 7,
    opening: 'In light of these concerns, it is imperative for China to reassess its policy',
    tested: true,
    sectionId: 'change-course',
  },
];

/** The paragraphs no chart bears on. */
export function untestedParagraphs(): Extract<ParagraphCoverage, { tested: false }>[] {
  return PARAGRAPHS.filter((p): p is Extract<ParagraphCoverage, { tested: false }> => !p.tested);
}
