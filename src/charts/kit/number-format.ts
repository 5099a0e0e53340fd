// Number formats on the platform's Intl.NumberFormat. They replace the few d3-format specifiers the app used
// (",.2f", "+.1f", "~r", ","), which saves every embed the 2 KB gzip of d3-format and gives the language work
// (issue 15) one place to pass a locale. Output matches d3-format's: a true minus sign (U+2212), no "-0.0".

const MINUS = '−';
const en = (options: Intl.NumberFormatOptions, locale = 'en-US') => new Intl.NumberFormat(locale, options);

// Making an Intl.NumberFormat costs tens of microseconds, and tooltips, tables and labels ask for a format per
// value: each distinct one is made once.
const fixedFormats = new Map<string, Intl.NumberFormat>();
function fixedFormat(decimals: number, grouping: boolean, plus: boolean, locale: string): Intl.NumberFormat {
  const key = `${decimals}${grouping ? ',' : ''}${plus ? '+' : ''}${locale}`;
  let format = fixedFormats.get(key);
  if (!format) {
    format = en(
      {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
        useGrouping: grouping,
        // 'negative' drops the sign of a value that rounds to zero ("0.0", not "-0.0"), as d3-format does.
        signDisplay: plus ? 'never' : 'negative',
      },
      locale,
    );
    fixedFormats.set(key, format);
  }
  return format;
}

const withMinus = (text: string) => text.replace('-', MINUS);

export interface FixedOptions {
  /** Thousands separators ("1,234.5"); d3's "," flag. Default true. */
  grouping?: boolean;
  /** A "+" before positive values (and zero); d3's "+" flag. Default false. */
  plus?: boolean;
  /** The Intl locale ("ru": "1 234,5"); default en-US, the format every English figure has always had. */
  locale?: string;
}

/** `decimals` fixed decimals: fixed(2)(1234.5) === "1,234.50"; d3-format's ",.2f". */
export function fixed(
  decimals: number,
  { grouping = true, plus = false, locale = 'en-US' }: FixedOptions = {},
) {
  const numberFormat = fixedFormat(decimals, grouping, plus, locale);
  // Rounded by toFixed first, as d3-format does: a tie in the written decimals ("2.165" to two) then rounds as the
  // double it is (2.16499…), so every figure stays the one the app has always shown and the checks were made on.
  const digits = (value: number) => numberFormat.format(Number(value.toFixed(decimals)));
  if (!plus) return (value: number): string => withMinus(digits(value));
  // With "+", d3-format keeps the sign of a negative value that rounds to zero ("−0.0").
  return (value: number): string =>
    `${value < 0 || Object.is(value, -0) ? MINUS : '+'}${digits(Math.abs(value))}`;
}

const plain = en({ maximumSignificantDigits: 6, useGrouping: false, signDisplay: 'negative' });

/** A number already rounded by the caller, written without trailing zeros or grouping ("1500", "2.5", "0.012");
 * d3-format's "~r". */
export function trimmed(value: number): string {
  return withMinus(plain.format(Number(value.toPrecision(6))));
}

const whole = en({ maximumSignificantDigits: 12, useGrouping: true, signDisplay: 'negative' });

/** A count with thousands separators ("12,345"); d3-format's ",". */
export function grouped(value: number): string {
  return withMinus(whole.format(value));
}
