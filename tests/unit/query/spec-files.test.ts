import { afterEach, describe, expect, it } from 'vitest';
import { activateLocale } from '../../../src/i18n/i18n';
import { filesForSpec } from '../../../src/query/spec-files';
import { productCatalog } from '../../../src/query/product-catalog';
import { baciSpec, concordance, manifest, specFor } from './fixtures';

const catalog = productCatalog(concordance);
const paths = (spec: Parameters<typeof filesForSpec>[0]) =>
  filesForSpec(spec, manifest, catalog).map((f) => f.path);

describe('filesForSpec', () => {
  it('reads only the small CHPL file and lookups for tiers (no product names, no chapters)', () => {
    expect(paths(baciSpec({ events: true }))).toEqual([
      'flows/baci_chpl.csv',
      'concordance.csv',
      'partners.csv',
      'events.csv',
    ]);
  });

  it('leaves events.csv out when events are off', () => {
    expect(paths(baciSpec())).not.toContain('events.csv');
  });

  it('names a CHPL HS6 code from chpl.csv, and another code from its chapter file and products.csv', () => {
    expect(paths(baciSpec({ products: [{ kind: 'hs6', code: '854231' }] }))).toEqual([
      'flows/baci_chpl.csv',
      'concordance.csv',
      'partners.csv',
      'chpl.csv',
    ]);
    expect(paths(baciSpec({ products: [{ kind: 'hs6', code: '850110' }] }))).toEqual([
      'flows/baci_hs6/hs2-85.csv',
      'concordance.csv',
      'partners.csv',
      'products.csv',
    ]);
  });

  describe('in Chinese and Russian', () => {
    afterEach(() => activateLocale('en'));

    it('also reads chpl.csv to name a CHPL code among other codes (products.csv names them in English only)', async () => {
      const mixed = baciSpec({
        products: [
          { kind: 'hs6', code: '854231' },
          { kind: 'hs6', code: '850110' },
        ],
      });
      expect(paths(mixed)).not.toContain('chpl.csv');
      for (const lang of ['zh', 'ru'] as const) {
        await activateLocale(lang);
        expect(paths(mixed)).toEqual(expect.arrayContaining(['chpl.csv', 'products.csv']));
        expect(paths(baciSpec({ products: [{ kind: 'hs6', code: '850110' }] }))).not.toContain('chpl.csv');
      }
    });
  });

  it('uses the totals file for all goods, and every chapter file to break all goods down', () => {
    expect(paths(baciSpec({ products: [{ kind: 'total' }] }))[0]).toBe('flows/baci_totals.csv');
    const broken = paths(baciSpec({ products: [{ kind: 'total' }], breakdown: 'hs6' }));
    expect(broken.filter((p) => p.startsWith('flows/'))).toEqual([
      'flows/baci_hs6/hs2-84.csv',
      'flows/baci_hs6/hs2-85.csv',
    ]);
    expect(broken).toContain('products.csv');
  });

  it('adds the denominator file of a share of all goods', () => {
    const spec = baciSpec({ transform: { kind: 'share', of: 'total' } });
    expect(paths(spec)).toContain('flows/baci_totals.csv');
  });

  it('reads the one file of each other dataset', () => {
    expect(paths(specFor('imf-partners'))[0]).toBe('flows/imf_russia_partners.csv');
    expect(paths(specFor('eurostat-eu-sanctioned'))[0]).toBe('flows/eurostat_eu_sanctioned.csv');
    expect(paths(specFor('comtrade-monthly'))[0]).toBe('flows/comtrade_monthly_totals.csv');
    expect(paths(specFor('imf-partners'))).not.toContain('products.csv');
  });
});
