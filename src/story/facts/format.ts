// Number formats for prose: short money ("$211 m"), shares ("7.9%"), ratios ("9.7 times"), changes ("−19%").
// Null is "no data" and says so, never "$0".
// In Chinese and Russian the same values are written as readers of each language read them (22.2亿美元,
// 2,22 млрд долл., 7,9 %): money through the shared number words (src/i18n/number-words.ts via localeNumbers),
// the rest through Intl in the active locale. English keeps its own forms byte for byte.
import { fixed } from '../../charts/kit/number-format';
import { partnerName } from '../../data/partner-names';
import { markEnglish } from '../../data/product-names';
import type { PartnerRow } from '../../data/schema';
import { activeIntlLocale, activeLocale, i18n, localeNumbers } from '../../i18n/i18n';

const noData = () => i18n._({ id: 'story.no-data', message: 'no data' });

const intlFormats = new Map<string, Intl.NumberFormat>();
/** `value` in the active locale's digits with exactly `decimals` decimals, no sign (callers write a true minus). */
function localDigits(value: number, decimals: number): string {
  const key = `${activeIntlLocale()}:${decimals}`;
  let format = intlFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(activeIntlLocale(), {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    intlFormats.set(key, format);
  }
  return format.format(Math.abs(value));
}

/** "7.9%" in Chinese, "7,9 %" in Russian (Russian typography puts a space before the sign). */
const localPercent = (number: string) => (activeLocale() === 'ru' ? `${number} %` : `${number}%`);

const oneDecimal = fixed(1, { grouping: false });
const wholeOrOne = (value: number) =>
  Math.abs(value) >= 10 ? fixed(0, { grouping: false })(value) : oneDecimal(value);

/** "$1.0 bn", "$110 bn", "$83 m", "$7.4 m": one decimal below 10 of a unit, so $1,049 m is not "$1 bn". */
export function usd(value: number | null): string {
  if (value === null) return noData();
  const other = localeNumbers();
  if (other) return other.long(value, { kind: 'currency', currency: 'USD' });
  const sign = value < 0 ? '−' : '';
  const abs = Math.abs(value);
  const [divisor, suffix] =
    abs >= 1e9 ? [1e9, ' bn'] : abs >= 1e6 ? [1e6, ' m'] : abs >= 1e3 ? [1e3, ' k'] : [1, ''];
  const scaled = abs / divisor;
  return `${sign}$${scaled < 10 && divisor > 1 ? oneDecimal(scaled) : fixed(0)(scaled)}${suffix}`;
}

/** Billions with two decimals, for comparing two totals that are close ("$90.08 bn"). */
export function usdBillions(value: number | null): string {
  if (value === null) return noData();
  if (activeLocale() === 'zh') return `${localDigits(value / 1e8, 1)}亿美元`;
  if (activeLocale() === 'ru') return `${localDigits(value / 1e9, 2)} млрд долл.`;
  return `$${fixed(2, { grouping: false })(value / 1e9)} bn`;
}

/** A published figure in billions of dollars, as published with one decimal: "$245.3 bn", "2453亿美元",
 * "245,3 млрд долл." (the same precision in every language: a published figure is not rounded further). */
export function publishedBillions(billions: number): string {
  if (activeLocale() === 'zh') return `${localDigits(billions * 10, 0)}亿美元`;
  if (activeLocale() === 'ru') return `${localDigits(billions, 1)} млрд долл.`;
  return `$${billions.toFixed(1)} bn`;
}

/** "€1.6 bn" — EUR amounts keep their currency. */
export function eur(value: number | null): string {
  if (value === null) return noData();
  const other = localeNumbers();
  if (other) return other.long(value, { kind: 'currency', currency: 'EUR' });
  return usd(value).replace('$', '€');
}

/** A share (0..1) as a percentage with one decimal. */
export function percent(share: number | null): string {
  if (share === null) return noData();
  if (activeLocale() !== 'en') return `${share < 0 ? '−' : ''}${localPercent(localDigits(share * 100, 1))}`;
  return `${oneDecimal(share * 100)}%`;
}

/** A published percentage as published (70 -> "70%", "70 %"), in Chinese and Russian only. */
export function plainPercent(value: number): string {
  const digits = new Intl.NumberFormat(activeIntlLocale(), { maximumFractionDigits: 2 }).format(
    Math.abs(value),
  );
  return `${value < 0 ? '−' : ''}${localPercent(digits)}`;
}

/** A change between two values as a signed percentage: "+52%", "−19%". */
export function change(ratio: number | null): string {
  if (ratio === null) return noData();
  const pct = (ratio - 1) * 100;
  if (activeLocale() !== 'en') {
    const text = localDigits(pct, Math.abs(pct) >= 10 ? 0 : 1);
    return `${pct < 0 ? '−' : '+'}${localPercent(text)}`;
  }
  const text = wholeOrOne(Math.abs(pct));
  return `${pct < 0 ? '−' : '+'}${text}%`;
}

/** A ratio as "9.7 times" (used for rises of more than double). */
export function times(ratio: number | null): string {
  if (ratio === null) return noData();
  if (activeLocale() === 'zh') return `${localDigits(ratio, 1)}倍`;
  if (activeLocale() === 'ru') return `в ${localDigits(ratio, 1)} раза`;
  return `${oneDecimal(ratio)} times`;
}

/** A change in words: "9.7 times" for a rise beyond double, "+52%" or "−19%" otherwise. */
export function changeInWords(ratio: number | null): string {
  if (ratio === null) return noData();
  return ratio >= 2 ? times(ratio) : change(ratio);
}

/** The ratio later/earlier, or null when a side is missing or the base is zero. */
export function ratioOf(later: number | null, earlier: number | null): number | null {
  if (later === null || earlier === null || earlier === 0) return null;
  return later / earlier;
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A month's name on its own ("June", "6月", "июнь"), for ranges such as "January–June 2025". */
export function monthName(month: number): string {
  if (activeLocale() === 'en') return EN_MONTHS[month - 1] ?? String(month);
  // Chinese writes months as numbers in prose ("1月至6月"), not as the calendar's "六月".
  if (activeLocale() === 'zh') return `${month}月`;
  return new Intl.DateTimeFormat(activeIntlLocale(), { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, month - 1, 1)),
  );
}

/** "December 2024", "2024年12月", "декабрь 2024 г." from "2024-12". */
export function monthYear(period: string): string {
  const [year, month] = [Number(period.slice(0, 4)), Number(period.slice(5, 7))];
  if (activeLocale() === 'en') return `${EN_MONTHS[month - 1] ?? period.slice(5)} ${year}`;
  return new Intl.DateTimeFormat(activeIntlLocale(), {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, 1)));
}

/** "Dec 2024"-style periods after "to"/"until": Russian needs the genitive ("до декабря 2024 г."), which Intl
 * writes only beside a day, so the day is dropped from a full date. Other languages: monthYear. */
export function monthYearUntil(period: string): string {
  if (activeLocale() !== 'ru') return monthYear(period);
  const [year, month] = [Number(period.slice(0, 4)), Number(period.slice(5, 7))];
  const full = new Intl.DateTimeFormat('ru', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
  return full.format(new Date(Date.UTC(year, month - 1, 1))).replace(/^\d+\s/, '');
}

/** A calendar date in prose: "24 Feb 2022" (as the charts write it), "2022年2月24日", "24 февраля 2022 г.". */
export function proseDate(date: string, english: (date: string) => string): string {
  if (activeLocale() === 'en') return english(date);
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(activeIntlLocale(), {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)));
}

/**
 * A partner's name in the active language; English keeps the wording of the prose (`english`). Chinese and
 * Russian name it from partners.csv (src/data/partner-names.ts: the data's own translation, else Intl from the
 * ISO alpha-2 code the build derived); a code the table lacks keeps its English, marked.
 */
export function placeName(partners: readonly PartnerRow[], code: string, english: string): string {
  if (activeLocale() === 'en') return english;
  const row = partners.find((partner) => partner.code === code);
  return row ? partnerName(row) : markEnglish(english);
}

/** Marks around words a Chinese or Russian finding keeps in English on purpose: Unicode's first-strong isolate and
 * pop-isolate, invisible in any text they end up in; StepFinding shows what is between them as `lang="en"`. */
export const ENGLISH_OPEN = '\u2068';
export const ENGLISH_CLOSE = '\u2069';

/**
 * Words quoted as published (a publisher's or outlet's name, a published claim), kept in English in a Chinese or
 * Russian finding and marked so for screen readers and the untranslated-text check. English text is unchanged.
 */
export function keptEnglish(text: string): string {
  return activeLocale() === 'en' ? text : `${ENGLISH_OPEN}${text}${ENGLISH_CLOSE}`;
}

/** A finding's text cut into its own words and the words it keeps in English (odd indexes). */
export const englishParts = (text: string): string[] => text.split(/[\u2068\u2069]/);

/**
 * "China customs (GACC) via TASS", as a source is attributed in the data: the publisher named in the reader's
 * language and the outlet that quoted it kept as its own name. English keeps the data's words.
 */
export function gaccAttribution(attributed: string): string {
  if (activeLocale() === 'en') return attributed;
  const outlet = /^(?:China customs \()?GACC\)?\s+via\s+(.+)$/i.exec(attributed)?.[1];
  if (outlet === undefined) return keptEnglish(attributed);
  return i18n._(
    { id: 'story.gacc.via', message: 'China customs (GACC) via {outlet}' },
    { outlet: keptEnglish(outlet) },
  );
}

/** Between the items of a list in a sentence: "; " in English and Russian, "；" in Chinese. */
export const listSeparator = (): string => (activeLocale() === 'zh' ? '；' : '; ');

/** Between short items ("A, B, C"): Chinese uses the enumeration comma. */
export const itemSeparator = (): string => (activeLocale() === 'zh' ? '、' : ', ');
