// A published claim as a chart mark names it (headline_figures.csv). In Chinese and Russian the claim is the
// publisher's words, so it stays in English, marked as such, followed by the project's translation (the data's
// claim_zh, claim_ru), labelled so, as the story quotes the article. Its own module in the later catalogue
// (lingui.config.ts): these words load with the marks (./load.ts), so no embed downloads them up front.
import { claimTranslation } from '../../data/claim-translation';
import { markEnglish } from '../../data/product-names';
import type { HeadlineFigure } from '../../data/schema';
import { i18n } from '../../i18n/i18n';

/** The claim in English (marked outside English), then its translation where the data has one. */
export function markClaim(figure: Pick<HeadlineFigure, 'claim' | 'claim_zh' | 'claim_ru'>): string {
  const claim = markEnglish(figure.claim);
  const translation = claimTranslation(figure);
  return translation === null
    ? claim
    : i18n._(
        { id: 'marks.claim', message: '{claim} (this project’s translation: “{translation}”)' },
        { claim, translation },
      );
}
