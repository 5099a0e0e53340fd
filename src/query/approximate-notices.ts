// A series that is one HS 2017 code standing in for a CHPL (HS 2022) code only approximately must say so beside
// the chart, not only in the notes: the concordance table, not an if-statement, says which codes these are.
import { relationNote } from '../data/data-text';
import type { ConcordanceRow } from '../data/schema';
import { activeIntlLocale, activeLocale, i18n } from '../i18n/i18n';

/** Series keys are HS6 codes for single-product series (possibly prefixed "PARTNER:"). */
const HS6_KEY = /(?:^|:)(\d{6})$/;

export function approximateNotices(
  seriesKeys: readonly string[],
  concordance: readonly ConcordanceRow[],
): string[] {
  const byHs2017 = new Map<string, ConcordanceRow[]>();
  for (const row of concordance) {
    if (row.match !== 'approximate') continue;
    byHs2017.set(row.hs6_2017, [...(byHs2017.get(row.hs6_2017) ?? []), row]);
  }
  const codes = new Set(seriesKeys.map((key) => HS6_KEY.exec(key)?.[1]).filter((code) => code !== undefined));
  return [...codes].flatMap((code) => {
    const rows = byHs2017.get(code);
    if (!rows) return [];
    const codes = rows.map((row) => row.hs6_2022);
    const chpl =
      activeLocale() === 'en' ? codes.join(' and ') : new Intl.ListFormat(activeIntlLocale()).format(codes);
    // The relation's note in the reader's language (concordance.csv), its final full stop left to the sentence.
    const first = rows[0];
    const why = first?.note ? relationNote(first).replace(/[.。]$/, '') : '';
    return [
      why
        ? i18n._(
            { id: 'q.approx-why', message: 'HS {code} approximates CHPL {chpl} (HS 2022): {why}.' },
            { code, chpl, why },
          )
        : i18n._(
            { id: 'q.approx', message: 'HS {code} approximates CHPL {chpl} (HS 2022).' },
            { code, chpl },
          ),
    ];
  });
}
