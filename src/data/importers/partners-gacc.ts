// China Customs (GACC) trading-partner codes -> ISO3. GACC numbers partners its own way (110 is Hong Kong,
// 344 Russia), not with UN M49. Only codes we have evidence for are listed:
//   [S] the real GACC export in data-sources/gacc-export-sample (English interface): code + name side by side;
//   [T] a public China-customs country table (code, Chinese name, English name) found with the code index
//       (a Java enum of 3-digit customs country codes); it agrees with every [S] code but one: Georgia is 150 in
//       the real export and 337 in [T], so [T] is older in places. That is why a code only maps when the name in
//       the file is one of the names below: a renumbered code is flagged, never silently mislabelled.
// Older tables put Kazakhstan at 341 and Uzbekistan at 348; the real export has Uzbekistan at 149, so the
// 145-149 block of [T] is current. Codes not listed stay unresolved (the reader can map them with partnerMap).
import { partnerCode } from '../schema';
import { detach, normalizeKey } from './text';

interface GaccPartner {
  iso3: string;
  /** English names as the English interface writes them ([S]) or as [T] / ISO write them, and [T]'s Chinese name. */
  names: readonly string[];
}

const p = (iso3: string, ...names: string[]): GaccPartner => ({ iso3, names });

export const GACC_PARTNERS: Readonly<Record<string, GaccPartner>> = {
  '102': p('BHR', 'Bahrain', '巴林'),
  '106': p('MMR', 'Myanmar', '缅甸'),
  '107': p('KHM', 'Cambodia', '柬埔寨'),
  '109': p('PRK', "Democratic People's Republic of Korea", '朝鲜'),
  '110': p('HKG', 'Hong Kong，China', 'Hong Kong', '中国香港'),
  '111': p('IND', 'India', '印度'),
  '112': p('IDN', 'Indonesia', '印度尼西亚'),
  '113': p('IRN', 'Iran', '伊朗'),
  '115': p('ISR', 'Israel', '以色列'),
  '116': p('JPN', 'Japan', '日本'),
  '117': p('JOR', 'Jordan', '约旦'),
  '118': p('KWT', 'Kuwait', '科威特'),
  '119': p('LAO', 'Lao', 'Laos', '老挝'),
  '121': p('MAC', 'Macao,China', 'Macao', 'Macau', '中国澳门'),
  '122': p('MYS', 'Malaysia', '马来西亚'),
  '124': p('MNG', 'Mongolia', '蒙古'),
  '125': p('NPL', 'Nepal', '尼泊尔'),
  '127': p('PAK', 'Pakistan', '巴基斯坦'),
  '129': p('PHL', 'Philippines', '菲律宾'),
  '131': p('SAU', 'Saudi Arabia', '沙特阿拉伯'),
  '132': p('SGP', 'Singapore', '新加坡'),
  '133': p('KOR', 'Republic of Korea', '韩国'),
  '136': p('THA', 'Thailand', '泰国'),
  '137': p('TUR', 'Turkey', 'Türkiye', 'Turkiye', '土耳其'),
  '138': p('ARE', 'United Arab Emirates', '阿联酋'),
  '141': p('VNM', 'Viet Nam', 'Vietnam', '越南'),
  '142': p('CHN', 'China', '中国'),
  '143': p('TWN', 'Taiwan，China', '台澎金马关税区'),
  '145': p('KAZ', 'Kazakhstan', '哈萨克斯坦'),
  '146': p('KGZ', 'Kyrgyzstan', 'Kirghizia', '吉尔吉斯斯坦'),
  '147': p('TJK', 'Tajikistan', 'Tadzhikistan', '塔吉克斯坦'),
  '148': p('TKM', 'Turkmenistan', '土库曼斯坦'),
  '149': p('UZB', 'Uzbekistan', '乌兹别克斯坦'),
  '150': p('GEO', 'Georgia', '格鲁吉亚'),
  '202': p('AGO', 'Angola', '安哥拉'),
  '244': p('ZAF', 'South Africa', '南非'),
  '301': p('BEL', 'Belgium', '比利时'),
  '302': p('DNK', 'Denmark', '丹麦'),
  '303': p('GBR', 'United Kingdom', '英国'),
  '304': p('DEU', 'Germany', '德国'),
  '305': p('FRA', 'France', '法国'),
  '307': p('ITA', 'Italy', '意大利'),
  '309': p('NLD', 'Netherlands', '荷兰'),
  '310': p('GRC', 'Greece', '希腊'),
  '312': p('ESP', 'Spain', '西班牙'),
  '315': p('AUT', 'Austria', '奥地利'),
  '318': p('FIN', 'Finland', '芬兰'),
  '327': p('POL', 'Poland', '波兰'),
  '330': p('SWE', 'Sweden', '瑞典'),
  '331': p('CHE', 'Switzerland', '瑞士'),
  '338': p('ARM', 'Armenia', '亚美尼亚'),
  '339': p('AZE', 'Azerbaijan', '阿塞拜疆'),
  '340': p('BLR', 'Belarus', 'Byelorussia', '白俄罗斯'),
  '343': p('MDA', 'Moldova', 'Moldavia', '摩尔多瓦'),
  '344': p('RUS', 'Russia', 'Russian Federation', '俄罗斯联邦', '俄罗斯'),
  '347': p('UKR', 'Ukraine', '乌克兰'),
  '352': p('CZE', 'Czechia（Czech Republic）', 'Czechia', 'Czech Republic', '捷克共和国', '捷克'),
  '402': p('ARG', 'Argentina', '阿根廷'),
  '410': p('BRA', 'Brazil', '巴西'),
  '412': p('CHL', 'Chile', '智利'),
  '415': p('CRI', 'Costa Rica', '哥斯达黎加'),
  '429': p('MEX', 'Mexico', '墨西哥'),
  '432': p('PAN', 'Panama', '巴拿马'),
  '434': p('PER', 'Peru', '秘鲁'),
  '444': p('URY', 'Uruguay', '乌拉圭'),
  '501': p('CAN', 'Canada', '加拿大'),
  '502': p('USA', 'United States', '美国'),
  '601': p('AUS', 'Australia', '澳大利亚'),
  '609': p('NZL', 'New Zealand', '新西兰'),
};

/** Letters only, so "Hong Kong，China", "Hong Kong, China" and "HONG KONG CHINA" compare equal. */
function nameKey(name: string): string {
  return normalizeKey(name).replace(/[^\p{L}]/gu, '');
}

/** Each listed partner's names as nameKey reads them, worked out once, on first use. */
const nameKeysByCode = new Map<string, ReadonlySet<string>>();

function knownNameKeys(code: string, partner: GaccPartner): ReadonlySet<string> {
  let keys = nameKeysByCode.get(code);
  if (!keys) {
    keys = new Set(partner.names.map(nameKey));
    nameKeysByCode.set(code, keys);
  }
  return keys;
}

export type PartnerResolution = { ok: true; iso3: string } | { ok: false; message: string };

function fromReaderMap(
  code: string,
  partnerMap: Record<string, string> | undefined,
): PartnerResolution | null {
  // Own keys only: a code such as "__proto__" or "constructor" must not read Object.prototype's members.
  if (!partnerMap || !Object.hasOwn(partnerMap, code)) return null;
  const mapped = partnerMap[code];
  if (typeof mapped !== 'string') return null;
  const iso3 = mapped.trim().toUpperCase();
  return partnerCode.safeParse(iso3).success
    ? { ok: true, iso3 }
    : { ok: false, message: `partnerMap gives "${mapped}" for ${code}, which is not a partner code` };
}

/** The name is a check, not a key: an empty name trusts the code; a different name flags the row. */
export function resolveGaccPartner(
  code: string,
  name: string,
  partnerMap?: Record<string, string>,
): PartnerResolution {
  const trimmed = code.trim().replace(/^0+(?=\d{3})/, '');
  const fromReader = fromReaderMap(trimmed, partnerMap);
  if (fromReader) return fromReader;
  // The code comes from the file: own keys only, as with the reader's map.
  const known = Object.hasOwn(GACC_PARTNERS, trimmed) ? GACC_PARTNERS[trimmed] : undefined;
  const label = name.trim() ? `${trimmed} "${name.trim()}"` : trimmed;
  if (!known) return { ok: false, message: `China Customs partner code ${label} is not in our table` };
  if (name.trim() === '' || knownNameKeys(trimmed, known).has(nameKey(name))) {
    return { ok: true, iso3: known.iso3 };
  }
  return {
    ok: false,
    message: `China Customs partner code ${label}: our table has ${trimmed} = ${known.names[0]} (${known.iso3}); the names differ`,
  };
}

/** How many distinct (code, name) pairs one import remembers; a file names a few dozen partners. */
const RESOLVER_MEMO_LIMIT = 4096;
const RECENT_PARTNERS = 8;

/**
 * resolveGaccPartner for one import (one partnerMap), remembering each (code, name) pair it has resolved: a
 * million-row file repeats the same few partners, and each would otherwise be normalised a million times.
 */
export function gaccPartnerResolver(
  partnerMap?: Record<string, string>,
): (code: string, name: string) => PartnerResolution {
  const memo = new Map<string, PartnerResolution>();
  // The last few pairs, compared before any key is built: a file cycles through a handful of partners.
  const recent: { code: string; name: string; resolved: PartnerResolution }[] = [];
  let next = 0;
  return (code, name) => {
    for (const seen of recent) if (seen.code === code && seen.name === name) return seen.resolved;
    const key = `${code}\u0000${name}`;
    let resolved = memo.get(key);
    if (resolved === undefined) {
      const found = resolveGaccPartner(code, name, partnerMap);
      // A message quotes the file's cells: detached, so the memo keeps no chunk of the file alive.
      resolved = found.ok ? found : { ok: false, message: detach(found.message) };
      if (memo.size < RESOLVER_MEMO_LIMIT) memo.set(detach(key), resolved);
    }
    recent[next] = { code: detach(code), name: detach(name), resolved };
    next = (next + 1) % RECENT_PARTNERS;
    return resolved;
  };
}
