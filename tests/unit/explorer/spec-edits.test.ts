import { describe, expect, it } from 'vitest';
import {
  addPartner,
  addProduct,
  applyEdit,
  removePartner,
  removeProduct,
  withFlowChoice,
  withRange,
} from '../../../src/explorer/spec-edits';
import { DEFAULT_SPEC, defaultSpecFor, MAX_SERIES, specIssues, type ChartSpec } from '../../../src/spec';

const hs6 = (n: number) => ({ kind: 'hs6', code: String(850000 + n) }) as const;
const full: ChartSpec = { ...DEFAULT_SPEC, products: Array.from({ length: MAX_SERIES }, (_, i) => hs6(i)) };

describe('product edits', () => {
  it('adds a product at the end', () => {
    const result = addProduct(DEFAULT_SPEC, { kind: 'hs6', code: '854231' });
    expect(result.ok && result.spec.products.at(-1)).toEqual({ kind: 'hs6', code: '854231' });
  });

  it('refuses a repeat and anything past the cap', () => {
    expect(addProduct(DEFAULT_SPEC, { kind: 'tier', tier: '4.B' })).toEqual({ ok: false, reason: 'repeat' });
    expect(addProduct(full, { kind: 'total' })).toEqual({ ok: false, reason: 'cap' });
  });

  it('removes by key but never the last product', () => {
    expect(removeProduct(DEFAULT_SPEC, 't:4.B').products).toHaveLength(5);
    const single = { ...DEFAULT_SPEC, products: [{ kind: 'total' as const }] };
    expect(removeProduct(single, 'total')).toBe(single);
  });
});

describe('flow choices', () => {
  it('keeps products and range when only the direction changes', () => {
    const spec = { ...DEFAULT_SPEC, products: [hs6(1)], from: '2019' };
    const next = withFlowChoice(spec, 'baci-hs6', 'RUS-CHN');
    expect(next.flow).toEqual({ kind: 'bilateral', exporter: 'RUS', importer: 'CHN' });
    expect(next.products).toEqual([hs6(1)]);
    expect(next.from).toBe('2019');
  });

  it('starts a new dataset from its defaults but keeps the chart type, scale and view', () => {
    const spec = { ...DEFAULT_SPEC, chart: 'small-multiples' as const, view: 'table' as const };
    const next = withFlowChoice(spec, 'imf-partners', 'RUS:exports');
    expect(next).toEqual({
      ...defaultSpecFor('imf-partners'),
      flow: { ...defaultSpecFor('imf-partners').flow, direction: 'exports' },
      chart: 'small-multiples',
      view: 'table',
    });
  });

  it('drops what the new dataset cannot show, so the result is always drawable', () => {
    const spec: ChartSpec = { ...DEFAULT_SPEC, chart: 'stacked-bar', scale: 'linear', measure: 'quantity' };
    const next = withFlowChoice(spec, 'comtrade-monthly', 'CHN-RUS');
    expect(specIssues(next)).toEqual([]);
    expect(next.measure).toBe('value');
    expect(next.products).toEqual([{ kind: 'total' }]);
  });
});

describe('other edits', () => {
  it('applies the spec consistency fallbacks (log scale on stacked bars becomes linear)', () => {
    expect(applyEdit(DEFAULT_SPEC, { chart: 'stacked-bar', scale: 'log' }).scale).toBe('linear');
    expect(applyEdit(DEFAULT_SPEC, { scale: 'log' }).scale).toBe('log');
  });

  it('orders a range typed backwards', () => {
    expect(withRange(DEFAULT_SPEC, '2022', '2019')).toMatchObject({ from: '2019', to: '2022' });
  });

  it('adds and removes partners, keeping at least one and at most the cap', () => {
    const imf = defaultSpecFor('imf-partners');
    const added = addPartner(imf, 'IND');
    expect(added.ok && added.spec.flow.kind === 'partners' && added.spec.flow.partners.at(-1)).toBe('IND');
    expect(addPartner(imf, 'CHN')).toEqual({ ok: false, reason: 'repeat' });
    expect(addPartner(imf, 'RUS')).toEqual({ ok: false, reason: 'repeat' });
    const removed = removePartner(imf, 'CHN');
    expect(removed.flow.kind === 'partners' && removed.flow.partners).not.toContain('CHN');
    const one: ChartSpec = {
      ...imf,
      flow: { kind: 'partners', reporter: 'RUS', direction: 'imports', partners: ['CHN'] },
    };
    expect(removePartner(one, 'CHN')).toBe(one);
    const many = Array.from({ length: MAX_SERIES }, (_, i) => `P${String(i).padStart(2, '0')}`);
    const capped: ChartSpec = {
      ...imf,
      flow: { kind: 'partners', reporter: 'RUS', direction: 'imports', partners: many },
    };
    expect(addPartner(capped, 'IND')).toEqual({ ok: false, reason: 'cap' });
  });
});
