// Numbers with their unit in Chinese and Russian, as readers of each language write them: Chinese counts large
// sums in 万 (10^4) and 亿 (10^8), "22.2亿美元"; Russian in тыс., млн, млрд with a decimal comma, "2,2 млрд
// долл.". Digits come from Intl.NumberFormat in the reader's locale. English never comes here: unit-format.ts
// keeps its own forms, so every English figure stays byte for byte what it was; and this module loads with the
// Chinese or Russian catalogue (./lingui-runtime.ts), so English pages never download it.

export type OtherLocale = 'zh' | 'ru';
type Currency = 'USD' | 'EUR' | 'CNY';

/** What a number measures: the shape of src/data/series.ts's Unit (this layer sits below data, so it is restated;
 * TypeScript checks that every Unit fits it where unit-format.ts passes one). */
export type NumberUnit =
  | { kind: 'currency'; currency: Currency }
  | { kind: 'quantity' }
  | { kind: 'unit-value'; currency: Currency }
  | { kind: 'percent' }
  | { kind: 'index'; base: string | number }
  | { kind: 'change-percent' };

const MINUS = '−';
const INTL = { zh: 'zh-CN', ru: 'ru-RU' } as const;

/** The currency's word after the number: "美元", "долл.". */
const CURRENCY_WORD: Readonly<Record<OtherLocale, Readonly<Record<Currency, string>>>> = {
  zh: { USD: '美元', EUR: '欧元', CNY: '元人民币' },
  ru: { USD: 'долл.', EUR: 'евро', CNY: 'юаней' },
};

/** Large-number words, largest first; Chinese stops at 亿 (a trillion dollars is "1万亿美元"). */
const SCALES: Readonly<Record<OtherLocale, readonly (readonly [number, string])[]>> = {
  zh: [
    [1e12, '万亿'],
    [1e8, '亿'],
    [1e4, '万'],
  ],
  ru: [
    [1e12, ' трлн'],
    [1e9, ' млрд'],
    [1e6, ' млн'],
    [1e3, ' тыс.'],
  ],
};

const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: OtherLocale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL[locale], { signDisplay: 'never', ...options });
    formats.set(key, format);
  }
  return format;
}

/** `significant` figures in the locale's digits, without sign (the callers write a true minus). */
function digits(abs: number, significant: number, locale: OtherLocale): string {
  return numberFormat(locale, { maximumSignificantDigits: significant }).format(abs);
}

const sign = (value: number) => (value < 0 ? MINUS : '');

/** 2.22e9 -> "22亿" (zh) or "2,2 млрд" (ru): the number in its largest large-number word. */
export function scaledNumber(value: number, locale: OtherLocale, significant: number): string {
  const abs = Math.abs(value);
  if (abs === 0) return '0';
  const scale = SCALES[locale].find(([divisor]) => abs >= divisor);
  const [divisor, word] = scale ?? [1, ''];
  return `${sign(value)}${digits(abs / divisor, significant, locale)}${word}`;
}

/** A plain number in the locale ("1 234,5" in Russian, "1,234.5" in Chinese), three significant figures or more. */
export function localeNumber(value: number, locale: OtherLocale, decimals = 1): string {
  const abs = Math.abs(value);
  const integerDigits = abs === 0 ? 1 : Math.floor(Math.log10(abs)) + 1;
  const fraction = Math.min(6, Math.max(decimals, 3 - integerDigits));
  const text = numberFormat(locale, {
    minimumFractionDigits: fraction,
    maximumFractionDigits: fraction,
  }).format(abs);
  return `${sign(value)}${text}`;
}

function withCurrency(number: string, currency: Currency, locale: OtherLocale): string {
  const word = CURRENCY_WORD[locale][currency];
  return locale === 'zh' ? `${number}${word}` : `${number} ${word}`;
}

const TONNES = { zh: '吨', ru: 'т' } as const;
const PER_KG = { zh: '/千克', ru: '/кг' } as const;
const percent = (number: string, locale: OtherLocale) => (locale === 'zh' ? `${number}%` : `${number} %`);

/** Axis ticks (two significant figures) or labels on bars (`precise`: three). */
export function localeShort(value: number, unit: NumberUnit, locale: OtherLocale, precise = false): string {
  const significant = precise ? 3 : 2;
  switch (unit.kind) {
    // The currency's word after the number, as in the text, tooltips and tables ("180 млн долл.", "22亿美元"): the
    // axis's margin is measured from its widest tick, so a longer tick narrows the plot rather than clipping. Zero
    // needs no currency, and on a ranked chart's axis it is centred on the plot's left edge, where a word is cut.
    case 'currency':
      return value === 0
        ? '0'
        : withCurrency(scaledNumber(value, locale, significant), unit.currency, locale);
    case 'quantity': {
      const number = scaledNumber(value, locale, significant);
      return locale === 'zh' ? `${number}${TONNES.zh}` : `${number} ${TONNES.ru}`;
    }
    case 'unit-value':
      return `${withCurrency(scaledNumber(value, locale, 3), unit.currency, locale)}${PER_KG[locale]}`;
    case 'percent':
      return percent(scaledNumber(value, locale, 3), locale);
    case 'index':
      return `${sign(value)}${digits(Math.abs(value), 3, locale)}`;
    case 'change-percent':
      return percent(`${value > 0 ? '+' : ''}${sign(value)}${digits(Math.abs(value), 3, locale)}`, locale);
  }
}

/** Tooltips and tables: at least three significant figures, so a quoted figure is within 0.5%. */
export function localeLong(value: number, unit: NumberUnit, locale: OtherLocale): string {
  switch (unit.kind) {
    case 'currency':
      return withCurrency(scaledNumber(value, locale, 3), unit.currency, locale);
    case 'quantity':
      return locale === 'zh'
        ? `${localeNumber(value, locale)}${TONNES.zh}`
        : `${localeNumber(value, locale)} ${TONNES.ru}`;
    case 'unit-value':
      return `${withCurrency(localeNumber(value, locale, 2), unit.currency, locale)}${PER_KG[locale]}`;
    case 'percent':
      return percent(localeNumber(value, locale), locale);
    case 'index':
      return `${localeNumber(value, locale)} (${unit.base} = 100)`;
    case 'change-percent':
      return percent(`${value > 0 ? '+' : ''}${localeNumber(value, locale)}`, locale);
  }
}
