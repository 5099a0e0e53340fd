import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildProductIndex,
  codePrefixRange,
  foldText,
  searchEntries,
  searchProducts,
  tokenize,
  type SearchableProduct,
} from '../../../src/data/search';
import { allowedEdits, editDistance } from '../../../src/data/search/fuzzy';

// Hand-made rows in the shape of products.csv (names as in the HS 2012 list).
const product = (
  hs6: string,
  name: string,
  hs4Name: string,
  hs2Name: string,
  tier: SearchableProduct['tier'] = null,
) => ({
  hs6,
  name,
  hs4: hs6.slice(0, 4),
  hs4_name: hs4Name,
  hs2: hs6.slice(0, 2),
  hs2_name: hs2Name,
  tier,
});

const MACHINES = 'Nuclear reactors, boilers, machinery and mechanical appliances; parts thereof';
const ELECTRICAL = 'Electrical machinery and equipment and parts thereof';
const PRODUCTS: SearchableProduct[] = [
  product(
    '010121',
    'Horses; live, pure-bred breeding animals',
    'Horses, asses, mules and hinnies; live',
    'Animals; live',
  ),
  product(
    '845710',
    'Machining centres; for working metal',
    'Machining centres for working metal',
    MACHINES,
    '4.B',
  ),
  product(
    '845811',
    'Lathes; for removing metal, horizontal, numerically controlled',
    'Lathes for removing metal',
    MACHINES,
    '4.B',
  ),
  product(
    '845819',
    'Lathes; for removing metal, horizontal, other than numerically controlled',
    'Lathes for removing metal',
    MACHINES,
  ),
  product(
    '845961',
    'Machine-tools; for milling by removing metal, numerically controlled',
    'Machine-tools for drilling, boring, milling',
    MACHINES,
    '4.B',
  ),
  product(
    '854231',
    'Electronic integrated circuits; processors and controllers',
    'Electronic integrated circuits',
    ELECTRICAL,
    '1',
  ),
  product(
    '854232',
    'Electronic integrated circuits; memories',
    'Electronic integrated circuits',
    ELECTRICAL,
    '1',
  ),
  product(
    '851712',
    'Telephones for cellular networks or for other wireless networks',
    'Telephone sets',
    ELECTRICAL,
  ),
  product(
    '810890',
    'Titanium; articles thereof, metallic, n.e.c.',
    'Titanium and articles thereof',
    'Base metals',
  ),
  product(
    '330124',
    'Essential oils; of peppermint (Mentha piperita), crème',
    'Essential oils',
    'Essential oils and resinoids',
  ),
];

const index = buildProductIndex(PRODUCTS);
const codes = (query: string, limit?: number) =>
  searchProducts(index, query, limit).matches.map((m) => `${m.kind}:${m.code}`);

describe('normalising text', () => {
  it('folds case and accents and splits on punctuation', () => {
    expect(foldText('Crème BRÛLÉE')).toBe('creme brulee');
    expect(tokenize('Machine-tools; n.e.c. (8457)')).toEqual(['machine', 'tools', 'n', 'e', 'c', '8457']);
  });
});

describe('search entries', () => {
  it('adds each HS4 heading and HS2 chapter once, sorted by code so a code prefix is one run', () => {
    const entries = searchEntries(PRODUCTS);
    expect(entries.filter((e) => e.kind === 'hs4').map((e) => e.code)).toEqual([
      '0101',
      '3301',
      '8108',
      '8457',
      '8458',
      '8459',
      '8517',
      '8542',
    ]);
    expect(entries.filter((e) => e.kind === 'hs2').map((e) => e.code)).toEqual([
      '01',
      '33',
      '81',
      '84',
      '85',
    ]);
    const [start, end] = codePrefixRange(entries, '8458');
    expect(entries.slice(start, end).map((e) => e.code)).toEqual(['8458', '845811', '845819']);
  });
});

describe('searchProducts', () => {
  it('finds codes by prefix, the heading before its products', () => {
    expect(codes('8542')).toEqual(['hs4:8542', 'hs6:854231', 'hs6:854232']);
    expect(codes('854232')).toEqual(['hs6:854232']);
    expect(codes('85').slice(0, 3)).toEqual(['hs2:85', 'hs4:8517', 'hs4:8542']);
  });

  it('finds names by word prefixes, every word required, in any case', () => {
    // The CHPL code first (845811 is tier 4.B here), then the heading and the other products.
    expect(codes('LATH')).toEqual(['hs6:845811', 'hs4:8458', 'hs6:845819']);
    expect(codes('lathes numerically')).toEqual(['hs6:845811', 'hs6:845819']);
    expect(codes('integrated memor')).toEqual(['hs6:854232']);
  });

  it('matches words without their accents', () => {
    expect(codes('creme')).toEqual(['hs6:330124']);
    expect(codes('crème')).toEqual(['hs6:330124']);
  });

  it('ranks whole-word matches above prefix matches', () => {
    // "metal" is a whole word in the machine-tool names but only begins "metals" and "metallic": without the
    // whole-word rule the chapter "Base metals" would come first (chapters rank before products).
    expect(codes('metal', 100).slice(-2)).toEqual(['hs2:81', 'hs6:810890']);
    // CHPL codes first; among the others, the heading still comes before its products.
    const matches = searchProducts(index, 'metal', 100).matches;
    const firstOther = matches.findIndex((m) => m.tier === null);
    expect(firstOther).toBeGreaterThan(0);
    expect(matches.slice(firstOther).every((m) => m.tier === null)).toBe(true);
    expect(matches[firstOther]?.code).toBe('8458');
  });

  it('combines a code prefix with words', () => {
    expect(codes('84 numerically controlled')).toEqual(['hs6:845811', 'hs6:845961', 'hs6:845819']);
    expect(codes('85 lathes')).toEqual([]);
  });

  it('reports the total when it shows only the first matches', () => {
    const result = searchProducts(index, '8', 2);
    expect(result.matches).toHaveLength(2);
    expect(result.total).toBe(17);
  });

  it('returns nothing for an empty query or an unknown word', () => {
    expect(searchProducts(index, '   ')).toEqual({ matches: [], total: 0 });
    expect(searchProducts(index, ';;')).toEqual({ matches: [], total: 0 });
    expect(searchProducts(index, 'xyzzy').total).toBe(0);
  });

  it('keeps the CHPL tier of an HS6 product', () => {
    expect(searchProducts(index, '845710').matches[0]?.tier).toBe('4.B');
  });

  it('always finds a product by any prefix of its code or any word of its name', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PRODUCTS),
        fc.integer({ min: 1, max: 6 }),
        fc.nat(),
        (item, length, pick) => {
          const byCode = searchProducts(index, item.hs6.slice(0, length), 100).matches;
          expect(byCode.some((m) => m.kind === 'hs6' && m.code === item.hs6)).toBe(true);
          const words = tokenize(item.name).filter((word) => !/^\d+$/.test(word));
          const word = words[pick % words.length] as string;
          const byWord = searchProducts(index, word.slice(0, Math.max(1, word.length - 1)), 100).matches;
          expect(byWord.some((m) => m.kind === 'hs6' && m.code === item.hs6)).toBe(true);
        },
      ),
    );
  });

  it('never returns an entry that lacks a query word (or, for a word no name begins with, a near spelling)', () => {
    // Without the curated synonyms, which point to codes by meaning, not by spelling. Typo tolerance applies only
    // to a query word that no indexed word begins with: "oias" may find "oils", "chip" never finds "ship".
    const plain = buildProductIndex(PRODUCTS, []);
    const indexed = new Set(PRODUCTS.flatMap((p) => [p.name, p.hs4_name, p.hs2_name].flatMap(tokenize)));
    const begunBySome = (token: string) => [...indexed].some((word) => word.startsWith(token));
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,4}( [a-z]{1,4})?$/), (query) => {
        for (const match of searchProducts(plain, query, 100).matches) {
          const words = tokenize(match.name);
          for (const token of tokenize(query)) {
            const max = begunBySome(token) ? 0 : allowedEdits(token.length);
            const found = words.some(
              (word) => word.startsWith(token) || (max > 0 && editDistance(token, word, max) <= max),
            );
            expect(found, `"${query}" returned "${match.name}"`).toBe(true);
          }
        }
      }),
    );
  });

  it('reads a misspelt word as its near spellings only: "oias" (the case seed 246159578 found) finds "oils"', () => {
    const matches = searchProducts(buildProductIndex(PRODUCTS, []), 'oias', 100).matches;
    expect(matches.length).toBeGreaterThan(0);
    for (const match of matches) expect(tokenize(match.name)).toContain('oils');
  });
});
