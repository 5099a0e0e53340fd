// A published claim's translation (headline_figures.csv's claim_zh, claim_ru: scripts/curated/text_translations.csv).
// Its own module rather than ./data-text.ts: only the published marks (loaded with them) and the story cite claims,
// so the embed's first load does not carry it.
import { activeLocale } from '../i18n/i18n';
import type { HeadlineFigure } from './schema';

/**
 * The project's translation of a published claim in the active language, or null: in English, or where the data
 * has none. Never shown instead of the claim: a claim is the publisher's words, quoted in English as published and
 * followed by this translation, labelled as the project's.
 */
export function claimTranslation(figure: Pick<HeadlineFigure, 'claim_zh' | 'claim_ru'>): string | null {
  const locale = activeLocale();
  return (locale === 'zh' ? figure.claim_zh : locale === 'ru' ? figure.claim_ru : null) ?? null;
}
