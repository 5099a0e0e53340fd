import { describe, expect, it } from 'vitest';
import {
  logScaleReason,
  measureChoices,
  shareChoices,
  transformChoices,
  transformOfKind,
} from '../../../src/explorer/availability';
import { currentFlowOption, flowOptions } from '../../../src/explorer/flow-options';
import { productLabel, shortLabel } from '../../../src/explorer/product-labels';
import {
  DATASETS,
  DEFAULT_SPEC,
  defaultSpecFor,
  flowKey,
  specIssues,
  type ChartSpec,
} from '../../../src/spec';
import { applyEdit } from '../../../src/explorer/spec-edits';
import { activateLocale, addCatalogue } from '../../../src/i18n/i18n';
import { PAGES_CATALOGUE } from '../../../src/i18n/pages-catalogue';

const reasonOf = <T extends string>(choices: { value: T; disabledReason: string | null }[], value: T) =>
  choices.find((choice) => choice.value === value)?.disabledReason;

describe('what each dataset allows', () => {
  it('disables quantities where a dataset has none, and says why', () => {
    expect(reasonOf(measureChoices(DEFAULT_SPEC), 'quantity')).toBeNull();
    expect(reasonOf(measureChoices(defaultSpecFor('imf-partners')), 'unit-value')).toMatch(/no quantities/);
  });

  it('labels the EU dataset in euros', () => {
    expect(measureChoices(defaultSpecFor('eurostat-eu-sanctioned'))[0]?.label).toBe('Value (EUR)');
  });

  it('allows a rolling sum for monthly data only, and shares where a denominator exists', () => {
    expect(reasonOf(transformChoices(DEFAULT_SPEC), 'rolling')).toMatch(/monthly/);
    expect(reasonOf(transformChoices(defaultSpecFor('comtrade-monthly')), 'rolling')).toBeNull();
    expect(reasonOf(transformChoices(defaultSpecFor('comtrade-monthly')), 'share')).toMatch(/no total/);
    expect(shareChoices(DEFAULT_SPEC).map((c) => c.value)).toEqual(['total', 'chpl', 'selection']);
  });

  it('gives every enabled transform a default that the spec accepts', () => {
    for (const dataset of Object.keys(DATASETS) as ChartSpec['dataset'][]) {
      const spec = defaultSpecFor(dataset);
      for (const choice of transformChoices(spec).filter((c) => c.disabledReason === null)) {
        const transform = transformOfKind(choice.value, spec);
        expect(specIssues({ ...spec, transform }), `${dataset} ${choice.value}`).toEqual([]);
      }
    }
  });

  it('explains when a log scale cannot be used', () => {
    expect(logScaleReason(DEFAULT_SPEC)).toBeNull();
    expect(logScaleReason({ ...DEFAULT_SPEC, chart: 'stacked-area' })).toMatch(/line/);
    expect(logScaleReason(applyEdit(DEFAULT_SPEC, { transform: { kind: 'yoy' } }))).toMatch(/negative/);
  });
});

describe('flow options', () => {
  it('list every dataset x flow the spec allows, and find the current one', () => {
    const allowed = Object.entries(DATASETS).flatMap(([id, d]) => d.flows.map((flow) => `${id}|${flow}`));
    expect(flowOptions().map((o) => o.id)).toEqual(allowed);
    expect(currentFlowOption(DEFAULT_SPEC)).toBe(`baci-hs6|${flowKey(DEFAULT_SPEC.flow)}`);
    expect(flowOptions().find((o) => o.dataset === 'eurostat-eu-sanctioned')?.detail).toMatch(/EUR/);
  });
});

describe('product labels', () => {
  it('name what a chip stands for, with the HS name when known', () => {
    const names = new Map([['845710', 'Machining centres for working metal']]);
    expect(productLabel({ kind: 'tier', tier: '4.B' }, names)).toBe('Tier 4.B: machine tools');
    expect(productLabel({ kind: 'hs6', code: '845710' }, names)).toBe(
      'HS 845710: Machining centres for working metal',
    );
    expect(productLabel({ kind: 'hs4', code: '8542' }, names)).toBe('Heading 8542');
    expect(productLabel({ kind: 'chpl-all' }, names)).toBe('All CHPL goods');
    expect(shortLabel('x'.repeat(60), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('the reasons in Chinese and Russian', () => {
  it('name the dataset in the reader’s language', async () => {
    addCatalogue(PAGES_CATALOGUE);
    const monthly = defaultSpecFor('comtrade-monthly');
    try {
      await activateLocale('zh');
      expect(reasonOf(measureChoices(monthly), 'quantity')).toBe('UN Comtrade月度合计没有数量数据');
      await activateLocale('ru');
      expect(reasonOf(measureChoices(monthly), 'quantity')).toBe(
        'Месячные итоги UN Comtrade: нет данных о количестве',
      );
    } finally {
      await activateLocale('en');
    }
    expect(reasonOf(measureChoices(monthly), 'quantity')).toBe(
      'UN Comtrade monthly totals has no quantities',
    );
  });
});
