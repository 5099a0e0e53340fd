// Hostile query strings for the URL codecs: known and unknown keys, inherited property names, payloads in every
// string, unicode (lone surrogates, bidi overrides, NUL), huge and repeated values, broken percent-escapes.
import fc from 'fast-check';
import { EMBED_PARAMS } from '../../src/spec/embed-params';
import { LINK_REFUSED_PARAM } from '../../src/spec/link-length';
import { SPEC_PARAMS } from '../../src/spec/url';

// From the codecs themselves, so a new parameter is fuzzed the day it is added.
export { SPEC_PARAMS };
export const MORE_PARAMS = [...Object.values(EMBED_PARAMS), LINK_REFUSED_PARAM];

export const INHERITED_NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupSetter__',
];

export const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  "'><svg onload=alert(1)>",
  'javascript:alert(1)',
  "=cmd|' /C calc'!A0",
  '+SUM(1+1)',
  '@HYPERLINK("http://x")',
  '../../../../etc/passwd',
  '%00',
  '%',
  '%E0%A4%A',
  '%uD800',
  '\u0000',
  '\u202e',
  '\ud800',
  '\udfff',
  '\u{1F4A9}',
  '中国-俄罗斯',
  '1e400',
  '-0',
  'NaN',
  'Infinity',
  '9'.repeat(400),
  '{"a":1}',
  '[]',
  'null',
  'undefined',
];

const VALID_VALUES = [
  '1',
  '0',
  'CHN-RUS',
  'RUS:imports',
  'EU27:exports',
  't:4.B,h6:854231',
  'chpl,total,eus',
  'h2:85,h4:8542',
  'hs6',
  'tier',
  '2019',
  '2023-06',
  'share:total',
  'index:2021',
  'roll:12',
  'yoy',
  'line',
  'stacked-bar',
  'log',
  'comtrade-chpl-monthly',
  'comtrade-monthly',
  'imf-partners',
  'user',
  'chpl-tiers',
  'dark',
  'abcdef012345',
];

const unicodeText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

/** encodeURIComponent throws on lone surrogates: then the text goes in raw, as a hand-made link would. */
function maybeEncode(text: string, encode: boolean): string {
  if (!encode) return text;
  try {
    return encodeURIComponent(text);
  } catch {
    return text;
  }
}

const key = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SPEC_PARAMS, ...MORE_PARAMS) },
  { weight: 2, arbitrary: fc.constantFrom(...INHERITED_NAMES) },
  { weight: 1, arbitrary: fc.constantFrom(...PAYLOADS) },
  { weight: 1, arbitrary: unicodeText },
);

/** Up to ~90,000 characters: short units repeated (never a long unit many times: inputs stay in memory). */
const huge = fc
  .tuple(
    fc.constantFrom(...VALID_VALUES, ...INHERITED_NAMES, '<img src=x onerror=alert(1)>', '\ud800', 'a', ','),
    fc.integer({ min: 50, max: 3000 }),
  )
  .map(([unit, times]) => unit.repeat(times));

const listOf = fc
  .array(fc.constantFrom(...VALID_VALUES, ...PAYLOADS, ...INHERITED_NAMES, ''), { maxLength: 60 })
  .map((items) => items.join(','));

const value = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...VALID_VALUES) },
  { weight: 2, arbitrary: fc.constantFrom(...INHERITED_NAMES) },
  { weight: 3, arbitrary: fc.constantFrom(...PAYLOADS) },
  { weight: 2, arbitrary: unicodeText },
  { weight: 1, arbitrary: huge },
  { weight: 2, arbitrary: listOf },
  { weight: 1, arbitrary: fc.constant('') },
);

const pair = fc
  .tuple(key, value, fc.boolean(), fc.constantFrom('=', '', '==', '=&='))
  .map(([k, v, encode, sep]) => `${maybeEncode(k, encode)}${sep}${maybeEncode(v, encode)}`);

/** One short pair repeated many times: the shape of the link that froze the explorer (`x=1&` x 20,000). */
const shortPair = fc
  .tuple(
    fc.constantFrom('x', 'c', 'p', '__proto__', 'constructor', 'chart'),
    fc.constantFrom(...VALID_VALUES),
  )
  .map(([k, v]) => `${k}=${v}`);
const repeatedPair = fc
  .tuple(shortPair, fc.integer({ min: 2, max: 25_000 }))
  .map(([one, times]) => `${one}&`.repeat(times));

/** A query string, with or without its leading "?", sometimes with stray separators. */
export const hostileQuery: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('?', '', '??', '?&'),
    fc.oneof(
      { weight: 8, arbitrary: fc.array(pair, { maxLength: 30 }).map((pairs) => pairs.join('&')) },
      { weight: 1, arbitrary: repeatedPair },
      { weight: 1, arbitrary: unicodeText },
    ),
  )
  .map(([lead, rest]) => `${lead}${rest}`);
