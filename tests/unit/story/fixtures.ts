// Tiny hand-made rows for the story's findings: a few values chosen so each figure is easy to check by hand.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { partnerRow } from '../../../scripts/pipeline/partners';
import { REPO_ROOT } from '../../../scripts/pipeline/resolve';
import {
  parseTranslations,
  translatePartners,
  TRANSLATIONS_FILE,
} from '../../../scripts/pipeline/translations';
import type { ConcordanceRow, EventRow, FlowRow, HeadlineFigure, PartnerRow } from '../../../src/data/schema';
import type { StoryData } from '../../../src/story/facts/types';
import { makeFlowRow } from '../../fixtures/flow-row';
import { rawFile } from '../../scripts/helpers/raw';

export function flow(partial: Partial<FlowRow> & Pick<FlowRow, 'period' | 'value'>): FlowRow {
  return makeFlowRow({
    freq: partial.period.length === 4 ? 'A' : 'M',
    product: 'TOTAL',
    source: 'test',
    ...partial,
  });
}

export const concordance: ConcordanceRow[] = [
  {
    hs6_2022: '854231',
    hs6_2017: '854231',
    tier: '1',
    match: 'exact',
    note: '',
    comparability: 'same-scope',
    comparable: 'yes',
    carved_out: '',
    override: '',
  },
  {
    hs6_2022: '845710',
    hs6_2017: '845710',
    tier: '4.B',
    match: 'exact',
    note: '',
    comparability: 'same-scope',
    comparable: 'yes',
    carved_out: '',
    override: '',
  },
  {
    hs6_2022: '851762',
    hs6_2017: '851762',
    tier: '2',
    match: 'exact',
    note: '',
    comparability: 'same-scope',
    comparable: 'yes',
    carved_out: '',
    override: '',
  },
];

export const baciChpl: FlowRow[] = [
  flow({ period: '2021', product: '854231', value: 200e6 }),
  flow({ period: '2022', product: '854231', value: 150e6, basis: 'exporter-reported' }),
  flow({ period: '2023', product: '854231', value: 160e6, basis: 'exporter-reported' }),
  flow({ period: '2021', product: '845710', value: 100e6 }),
  flow({ period: '2022', product: '845710', value: 250e6, basis: 'exporter-reported' }),
  flow({ period: '2023', product: '845710', value: 800e6, basis: 'exporter-reported' }),
  flow({ period: '2021', product: '851762', value: 700e6 }),
  flow({ period: '2023', product: '851762', value: 40e6, basis: 'exporter-reported' }),
  // The other direction and a code off the list must never count.
  flow({ period: '2023', exporter: 'RUS', importer: 'CHN', product: '854231', value: 9e9 }),
  flow({ period: '2023', product: '999999', value: 9e9 }),
];

export const baciTotals: FlowRow[] = [
  flow({ period: '2021', value: 10e9 }),
  flow({ period: '2022', value: 12.5e9 }),
  flow({ period: '2023', value: 20e9 }),
  flow({ period: '2023', exporter: 'RUS', importer: 'CHN', value: 99e9 }),
];

export function headline(
  partial: Partial<HeadlineFigure> & Pick<HeadlineFigure, 'id' | 'value'>,
): HeadlineFigure {
  return {
    claim: 'A claim',
    unit: 'USD million',
    period: '2022',
    source_as_attributed: 'A newspaper',
    url: 'https://example.org/',
    note: '',
    ...partial,
  };
}

export function event(partial: Partial<EventRow> & Pick<EventRow, 'id' | 'date' | 'category'>): EventRow {
  return {
    label: 'An event',
    description: 'What happened.',
    source_title: 'A source',
    source_url: 'https://example.org/',
    kind: 'measure',
    lists_entities_mainland_china: 'false',
    lists_entities_hong_kong: 'false',
    short_label: 'An event',
    label_on: null,
    ...partial,
  };
}

/** The partners the story names, as the build writes them (ISO alpha-2 and the curated names included). */
export const partners: readonly PartnerRow[] = translatePartners(
  ['ARE', 'ARM', 'BLR', 'CHN', 'G998', 'GEO', 'HKG', 'KAZ', 'KGZ', 'RUS', 'TUR', 'UZB'].map((code) =>
    partnerRow(code, new Map([['G998', 'European Union (EU)']])),
  ),
  parseTranslations(
    rawFile('events', TRANSLATIONS_FILE, readFileSync(path.join(REPO_ROOT, TRANSLATIONS_FILE), 'utf8')),
  ),
);

export function storyData(partial: Partial<StoryData> = {}): StoryData {
  return {
    baciChpl,
    baciTotals,
    concordance,
    gaccTotals: [],
    chpl: [],
    imf: [],
    eurostat: [],
    comtrade: [],
    headlines: [],
    events: [],
    partners,
    ...partial,
  };
}
