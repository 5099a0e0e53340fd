import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { earlyFilesForSpec, readsChapterFiles } from '../../../src/query/early-files';
import { productCatalog } from '../../../src/query/product-catalog';
import { filesForSpec } from '../../../src/query/spec-files';
import { chartSpecArb } from '../spec/arbitraries';
import { baciSpec, concordance, manifest } from './fixtures';

const catalog = productCatalog(concordance);
const paths = (files: readonly { path: string }[]) => files.map((file) => file.path);

describe('earlyFilesForSpec', () => {
  it('never names a file the spec will not need (any drawable spec)', () => {
    fc.assert(
      fc.property(chartSpecArb, (spec) => {
        const needed = new Set(paths(filesForSpec(spec, manifest, catalog)));
        for (const path of paths(earlyFilesForSpec(spec))) expect(needed).toContain(path);
      }),
      { numRuns: 300 },
    );
  });

  it('knows the whole flow file list of the story and embed default (tiers) without the manifest', () => {
    const spec = baciSpec({ events: true });
    expect(paths(earlyFilesForSpec(spec))).toEqual(
      paths(filesForSpec(spec, manifest, catalog)).filter((path) => !path.endsWith('products.csv')),
    );
    expect(paths(earlyFilesForSpec(spec))).toContain('flows/baci_chpl.csv');
  });

  it('leaves an HS6 code outside the CHPL to wait for the manifest (its chapter file)', () => {
    const files = paths(earlyFilesForSpec(baciSpec({ products: [{ kind: 'hs6', code: '850110' }] })));
    expect(files.some((path) => path.includes('baci_hs6'))).toBe(false);
    expect(files).toContain('concordance.csv');
  });
});

describe('readsChapterFiles', () => {
  it('says yes whenever the spec reads a chapter file the manifest lists (any drawable spec)', () => {
    fc.assert(
      fc.property(chartSpecArb, (spec) => {
        const chapters = paths(filesForSpec(spec, manifest, catalog)).filter((path) =>
          path.includes('baci_hs6'),
        );
        if (chapters.length > 0) expect(readsChapterFiles(spec)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('says no for the tiers, the CHPL and the totals, which read no chapter file', () => {
    expect(readsChapterFiles(baciSpec({ events: true }))).toBe(false);
    expect(readsChapterFiles(baciSpec({ products: [{ kind: 'chpl-all' }] }))).toBe(false);
    expect(readsChapterFiles(baciSpec({ products: [{ kind: 'total' }], breakdown: 'none' }))).toBe(false);
    expect(readsChapterFiles(baciSpec({ products: [{ kind: 'hs4', code: '8501' }] }))).toBe(true);
  });
});
