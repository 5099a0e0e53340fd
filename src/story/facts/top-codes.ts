// Section 2: which CHPL codes make up the trade in the latest year.
import type { ChplItem, ConcordanceRow } from '../../data/schema';
import { codeValues, tierOfCode } from './chpl-values';
import { markEnglish } from '../../data/product-names';
import { activeLocale, i18n } from '../../i18n/i18n';
import { listSeparator, percent, usd } from './format';
import { shareOf } from './sums';
import type { Finding, StoryData } from './types';

export const TOP_CODES_YEAR = '2023';
const SHOWN = 3;

/** The start of a product's name, before its inclusions and exceptions ("; …", "(…)", ", incl. …"). */
const shortName = (name: string) => name.split(/[;；(（]|, incl|，包括|, включая/)[0]?.trim() ?? '';

/**
 * HS 2017 code -> a short name from the CHPL list (the first HS 2022 code that maps to it): the list's English
 * wording, or in Chinese and Russian the name chpl.csv gives in that language (the English, marked, where none).
 */
function nameOf(hs6: string, concordance: readonly ConcordanceRow[], chpl: readonly ChplItem[]): string {
  const hs2022 = concordance.find((row) => row.hs6_2017 === hs6)?.hs6_2022;
  const item = chpl.find((row) => row.hs6_2022 === hs2022);
  const english = shortName(item?.description ?? '').toLowerCase();
  const locale = activeLocale();
  if (locale === 'en' || !item) return english ? `${hs6} (${english})` : hs6;
  const local = shortName((locale === 'zh' ? item.name_zh : item.name_ru) ?? '');
  // Russian lower-cases a common noun inside a sentence, as the English does; an acronym ("ИС") stays.
  const lower = locale === 'ru' && /^.\p{Ll}/u.test(local);
  const name = local
    ? lower
      ? local.charAt(0).toLowerCase() + local.slice(1)
      : local
    : markEnglish(english);
  return locale === 'zh' ? `${hs6}（${name}）` : `${hs6} (${name})`;
}

export function topCodesFinding(data: Pick<StoryData, 'baciChpl' | 'concordance' | 'chpl'>): Finding {
  const codes = codeValues(data.baciChpl, tierOfCode(data.concordance), TOP_CODES_YEAR);
  const total = codes.reduce((sum, code) => sum + code.value, 0);
  const top = codes.slice(0, SHOWN);
  const topShare = shareOf(
    top.reduce((sum, code) => sum + code.value, 0),
    total,
  );
  // The code's name is the CHPL list's own English wording (chpl.csv), quoted as data.
  const listed = top.map((code) =>
    i18n._(
      { id: 'story.top.code', message: '{code}, {value}' },
      { code: nameOf(code.hs6, data.concordance, data.chpl), value: usd(code.value) },
    ),
  );
  return {
    figures: {
      codesWithTrade: codes.length,
      ...Object.fromEntries(top.map((code, i) => [`top${i + 1}`, code.value])),
      topShare,
    },
    sentences: [
      i18n._(
        {
          id: 'story.top.s1',
          message: 'In {year}, {count} CHPL codes had trade from China to Russia. The largest were {list}.',
        },
        { year: TOP_CODES_YEAR, count: codes.length, list: listed.join(listSeparator()) },
      ),
      i18n._(
        { id: 'story.top.s2', message: 'These {count} codes made up {share} of the CHPL total.' },
        { count: top.length, share: percent(topShare) },
      ),
      i18n._({
        id: 'story.top.s3',
        message:
          'Most trade under these codes is civilian; the data cannot say which shipments ended up in weapons.',
      }),
    ],
  };
}
