// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { baciBasis, parseBaci } from '../../scripts/parsers/baci';
import { parseChpl } from '../../scripts/parsers/chpl';
import { crossCheckImports, parseComtrade } from '../../scripts/parsers/comtrade';
import { parseEurostat } from '../../scripts/parsers/eurostat';
import { parseEvents } from '../../scripts/parsers/events';
import { headlineIds, parseHeadlines, slugify } from '../../scripts/parsers/headlines';
import { parseHsNames } from '../../scripts/parsers/hs-names';
import { imfBasis, parseImf } from '../../scripts/parsers/imf';
import { PipelineError } from '../../scripts/pipeline/errors';
import { rawFile } from './helpers/raw';

describe('BACI parser', () => {
  const text =
    't,i,j,k,v,q\n2021,156,643,10620,48.641,3.124\n2022,643,156,854231,0.5,\n2023,156,643,880330,1234.567,2\n';
  const rows = parseBaci(rawFile('baci', 'baci.csv', text));

  it('pads HS6 codes, converts thousands to whole US$ and maps M49 to ISO3', () => {
    expect(rows[0]).toMatchObject({
      period: '2021',
      exporter: 'CHN',
      importer: 'RUS',
      product: '010620',
      value: 48641,
    });
    expect(rows[2]?.value).toBe(1234567);
  });

  it('turns an empty quantity into null (no data), with no unit', () => {
    expect(rows[1]).toMatchObject({ quantity: null, quantity_unit: null });
    expect(rows[0]).toMatchObject({ quantity: 3.124, quantity_unit: 't' });
  });

  it('sets the basis by year and direction', () => {
    expect(rows.map((r) => r.basis)).toEqual(['reconciled', 'importer-reported', 'exporter-reported']);
    expect(baciBasis(2021, 'RUS')).toBe('reconciled');
    expect(baciBasis(2022, 'CHN')).toBe('exporter-reported');
  });

  it('names file, row and column of a negative value', () => {
    const bad = 't,i,j,k,v,q\n2021,156,643,10620,48.641,3\n2021,156,643,10690,-3,1\n';
    expect(() => parseBaci(rawFile('baci', 'b.csv', bad))).toThrow(
      'baci: b.csv row 3, column v: expected a non-negative number, got "-3"',
    );
  });

  it('rejects a partner other than China or Russia and an over-long HS code', () => {
    expect(() => parseBaci(rawFile('baci', 'b.csv', 't,i,j,k,v,q\n2021,344,643,10620,1,1\n'))).toThrow(
      /row 2, column i/,
    );
    expect(() => parseBaci(rawFile('baci', 'b.csv', 't,i,j,k,v,q\n2021,156,643,1234567,1,1\n'))).toThrow(
      /column k/,
    );
  });
});

describe('Comtrade parser', () => {
  const panel = rawFile(
    'comtrade-monthly-totals',
    'panel.csv',
    'date,CHN_exp_to_RUS_bn,RUS_exp_to_CHN_bn,brent_usd\n2017-01-01,3.335331793,3.159813913,54.5\n2017-02-01,1.991553832,3.025372864,55\n',
  );
  const apiHeader = 'freqCode,period,reporterCode,flowCode,partnerCode,cmdCode,primaryValue\n';
  const api = (feb: string) =>
    rawFile(
      'comtrade-monthly-totals',
      'api.csv',
      `${apiHeader}M,201701,156,M,643,TOTAL,3159813913.0\nM,201702,156,M,643,TOTAL,${feb}\n`,
    );

  it('turns billions with 9 decimals into exact whole US$, China-reported both ways', () => {
    const rows = parseComtrade(panel, api('3025372864.0'));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({
      period: '2017-01',
      exporter: 'CHN',
      value: 3335331793,
      basis: 'exporter-reported',
    });
    expect(rows[3]).toMatchObject({ period: '2017-02', exporter: 'RUS', importer: 'CHN', value: 3025372864 });
    expect(rows[3]?.basis).toBe('importer-reported');
  });

  it('fails loudly when the raw API file differs from the panel', () => {
    expect(() => parseComtrade(panel, api('3025372000.0'))).toThrow(
      /2017-02: panel 3025372864, API 3025372000/,
    );
  });

  it('fails when a month is missing from the API file', () => {
    const ctx = { source: 's', file: 'f', line: 2 };
    expect(() => crossCheckImports([{ period: '2017-01', valueUsd: 1, ctx }], [], 's')).toThrow(
      PipelineError,
    );
  });
});

describe('IMF parser', () => {
  const header =
    '\uFEFF"COUNTRY.ID","INDICATOR.ID","COUNTERPART_COUNTRY.ID","COUNTERPART_COUNTRY","FREQUENCY.ID","SCALE","2016","2017","2018","2019","2020","2021","2022","2023","2024"\n';
  const text =
    header +
    '"RUS","MG_CIF_USD","CHN","China","A","Millions","1.5","","","","","72685.740904","82007.51241088703","",""\n' +
    '"RUS","XG_FOB_USD","G001","World","A","Millions","","","","","","2","","",""\n';
  const { rows, partnerNames } = parseImf(rawFile('imf-imts', 'RU_trade.csv', text));

  it('makes one row per non-empty cell, none for empty cells, in whole US$', () => {
    expect(rows.map((r) => [r.period, r.exporter, r.importer, r.value])).toEqual([
      ['2016', 'CHN', 'RUS', 1500000],
      ['2021', 'CHN', 'RUS', 72685740904],
      ['2022', 'CHN', 'RUS', 82007512411],
      ['2021', 'RUS', 'G001', 2000000],
    ]);
  });

  it('marks 2022+ as estimates and keeps aggregates with their label', () => {
    expect(rows.map((r) => r.basis)).toEqual([
      'importer-reported',
      'importer-reported',
      'estimate',
      'exporter-reported',
    ]);
    expect(imfBasis(2024, 'XG_FOB_USD')).toBe('estimate');
    expect(partnerNames.get('G001')).toBe('World');
  });
});

describe('Eurostat parser', () => {
  it('maps Comext labels to ISO3 and keeps EUR', () => {
    const text =
      'partner,reporter_eu_member,month,sanctioned_export_eur\nRussian Federation (Russia),Czechia,2022-03,1200\n';
    expect(parseEurostat(rawFile('eurostat-eu-sanctioned', 'eu.csv', text))[0]).toMatchObject({
      period: '2022-03',
      exporter: 'CZE',
      importer: 'RUS',
      product: 'EU-SANCTIONED',
      value: 1200,
      currency: 'EUR',
    });
  });

  it('drops a month in which every cell is zero: unpublished at extraction, not a real zero', () => {
    const text = [
      'partner,reporter_eu_member,month,sanctioned_export_eur',
      'Kazakhstan,Czechia,2022-11,1200',
      'Armenia,Czechia,2022-11,0',
      'Kazakhstan,Czechia,2022-12,0',
      'Armenia,Czechia,2022-12,0',
    ].join('\n');
    const rows = parseEurostat(rawFile('eurostat-eu-sanctioned', 'eu.csv', text));
    expect(rows.map((row) => [row.period, row.importer, row.value])).toEqual([
      ['2022-11', 'KAZ', 1200],
      ['2022-11', 'ARM', 0],
    ]);
  });

  it('names an unknown label', () => {
    const text = 'partner,reporter_eu_member,month,sanctioned_export_eur\nAtlantis,Czechia,2022-03,1\n';
    expect(() => parseEurostat(rawFile('eurostat-eu-sanctioned', 'eu.csv', text))).toThrow(
      /row 2, column partner/,
    );
  });
});

describe('CHPL', () => {
  const url = 'https://www.bis.gov/x';
  it('rejects an unknown tier', () => {
    expect(() =>
      parseChpl(rawFile('chpl', 'chpl.csv', `hs6,tier,description,source_url\n854151,5,a,${url}\n`)),
    ).toThrow(/row 2, column tier/);
  });
});

describe('HS names', () => {
  it('pads codes per level and skips sectors and pseudo-codes', () => {
    const text =
      'product_hs12_code,product_level,product_name\n1,1,Textiles\n1,2,Animals; live\n101,4,Horses\n10121,6,Horses; pure-bred\nXXXXXX,6,Discrepancies\n';
    const names = parseHsNames(rawFile('hs-names', 'p.csv', text));
    expect([...names.hs2]).toEqual([['01', 'Animals; live']]);
    expect(names.hs4.get('0101')).toBe('Horses');
    expect([...names.hs6.keys()]).toEqual(['010121']);
  });
});

describe('headline figures', () => {
  it('adds unique slug ids and keeps every field', () => {
    expect(slugify("China's total exports")).toBe('chinas-total-exports');
    expect(
      headlineIds([
        { claim: 'A b', period: '2023' },
        { claim: 'A b', period: '2023' },
      ]),
    ).toEqual(['a-b-2023', 'a-b-2023-2']);
    const text =
      'claim,value,unit,period,source_as_attributed,url,note\n"X, y",~50,USD million,2022,WSJ,https://e.org,\n';
    expect(parseHeadlines(rawFile('headline-figures', 'h.csv', text))).toEqual([
      {
        id: 'x-y-2022',
        claim: 'X, y',
        value: '~50',
        unit: 'USD million',
        period: '2022',
        source_as_attributed: 'WSJ',
        url: 'https://e.org',
        note: '',
      },
    ]);
  });
});

describe('events', () => {
  const header =
    'id,date,category,label,description,source_title,source_url,kind,lists_entities_mainland_china,lists_entities_hong_kong,short_label,label_on\n';

  it('sorts valid events by date', () => {
    const text =
      header +
      'b,2023-01-02,war,B,d,t,https://e.org,event,false,false,B,\na,2022-01-02,chpl,A,d,t,https://e.org,guidance,false,false,A,all\n';
    expect(parseEvents(rawFile('events', 'e.csv', text)).map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('reads the curated kind and entity columns; an empty entity cell is unknown (null), not false', () => {
    const text = header + 'a,2023-06-23,sanctions-eu,A,d,t,https://e.org,measure,true,,A,\n';
    const [event] = parseEvents(rawFile('events', 'e.csv', text));
    expect(event?.kind).toBe('measure');
    expect(event?.lists_entities_mainland_china).toBe('true');
    expect(event?.lists_entities_hong_kong).toBeNull();
  });

  it('rejects an empty file, a bad category, an impossible date, a bad kind and a non-boolean entity cell', () => {
    const row = (cells: string) => rawFile('events', 'e.csv', header + cells + '\n');
    expect(() => parseEvents(rawFile('events', 'e.csv', header))).toThrow(/no event rows/);
    expect(() => parseEvents(row('a,2022-01-02,gossip,A,d,t,https://e.org,event,false,false,A,'))).toThrow(
      /row 2, column category/,
    );
    expect(() => parseEvents(row('a,2022-02-30,war,A,d,t,https://e.org,event,false,false,A,'))).toThrow(
      /row 2, column date: expected a real calendar date/,
    );
    expect(() => parseEvents(row('a,2022-01-02,war,A,d,t,https://e.org,rumour,false,false,A,'))).toThrow(
      /row 2, column kind/,
    );
    expect(() => parseEvents(row('a,2022-01-02,war,A,d,t,https://e.org,event,yes,false,A,'))).toThrow(
      /row 2, column lists_entities_mainland_china/,
    );
    expect(() =>
      parseEvents(row('a,2022-01-02,war,A,d,t,https://e.org,event,false,false,A,everywhere')),
    ).toThrow(/row 2, column label_on: expected chart topics/);
    expect(() => parseEvents(row('a,2022-01-02,war,A,d,t,https://e.org,event,false,false,,all'))).toThrow(
      /row 2, column short_label/,
    );
  });

  it('names a missing curated column', () => {
    const old =
      'id,date,category,label,description,source_title,source_url\na,2022-01-02,war,A,d,t,https://e.org\n';
    expect(() => parseEvents(rawFile('events', 'e.csv', old))).toThrow(/kind/);
  });
});
