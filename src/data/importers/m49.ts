// UN Comtrade numeric area codes -> ISO3. Comtrade mostly uses UN M49 (= ISO 3166 numeric), read here from
// i18n-iso-countries' code table only (not its name files, so the browser bundle stays small), plus the few
// Comtrade areas whose codes differ from ISO numeric.
import isoCodes from 'i18n-iso-countries/codes.json';

/** Comtrade-only codes (its reference tables): 0 World, 842 USA (incl. territories), 699 India, 251 France, 579 Norway. */
const COMTRADE_SPECIAL: Readonly<Record<string, string>> = {
  '000': 'WLD',
  '842': 'USA',
  '699': 'IND',
  '251': 'FRA',
  '579': 'NOR',
};

const NUMERIC_TO_ALPHA3: ReadonlyMap<string, string> = new Map(
  (isoCodes as readonly (readonly string[])[]).flatMap((entry) => {
    const [, alpha3, numeric] = entry;
    return alpha3 && numeric ? [[numeric, alpha3] as const] : [];
  }),
);
const ALPHA3: ReadonlySet<string> = new Set(NUMERIC_TO_ALPHA3.values());

/** "156" / 156 / "0" -> "CHN" / "WLD"; unknown codes (e.g. 490 "Other Asia, nes") -> null, never guessed. */
export function m49ToIso3(code: string): string | null {
  const digits = code.trim().replace(/\.0+$/, '');
  if (!/^\d{1,3}$/.test(digits)) return null;
  const padded = digits.padStart(3, '0');
  return COMTRADE_SPECIAL[padded] ?? NUMERIC_TO_ALPHA3.get(padded) ?? null;
}

/** Comtrade's own ISO column: "W00" is World; any other value must be a real ISO3 code. */
export function comtradeIsoToIso3(iso: string): string | null {
  const code = iso.trim().toUpperCase();
  if (code === 'W00') return 'WLD';
  return ALPHA3.has(code) ? code : null;
}
