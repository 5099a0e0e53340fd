// A local stand-in for every origin `npm run data -- --download` contacts (CEPII, UN Comtrade, IMF, GitHub raw):
// a server on 127.0.0.1 answering from hand-made fixtures, and a fetch that sends every URL there, so a test can
// never reach a real host. Values are FAKE (typed by hand for the tests).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { strToU8, zipSync } from 'fflate';
import type { FetchFn } from '../../../scripts/update/http';

export type Handler = (url: URL, req: IncomingMessage, res: ServerResponse) => void;

export interface MockOrigins {
  /** Sends "https://host/path?query" to the mock as "/host/path?query". */
  fetch: FetchFn;
  /** Original URLs asked, in order. */
  asked: string[];
  close(): Promise<void>;
}

export async function startMockOrigins(routes: Readonly<Record<string, Handler>>): Promise<MockOrigins> {
  const asked: string[] = [];
  const server = createServer((req, res) => {
    const local = new URL(req.url ?? '/', 'http://127.0.0.1');
    const [, host, ...rest] = local.pathname.split('/');
    const original = new URL(`https://${host}/${rest.join('/')}${local.search}`);
    asked.push(original.toString());
    const handler = routes[`${original.host}${original.pathname}`];
    if (!handler) {
      res.writeHead(404).end('not found');
      return;
    }
    handler(original, req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    asked,
    fetch: (input, init) => {
      const url = new URL(input);
      return fetch(`http://127.0.0.1:${port}/${url.host}${url.pathname}${url.search}`, init);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export const send =
  (body: string | Uint8Array, type = 'text/plain'): Handler =>
  (_url, _req, res) => {
    res.writeHead(200, { 'content-type': type }).end(body);
  };

/** A BACI release zip in miniature: two fake yearly files, a code list and a readme (which must be skipped). */
export function fakeBaciZip(): Uint8Array {
  return zipSync({
    'BACI_HS17_Y2017_V202501.csv': strToU8(
      't,i,j,k,v,q\n' +
        '2017,4,20,190590,   0.005,           NA\n' +
        '2017,156,643,010620,  48.500,   3.100\n' +
        '2017,156,643,854231,1000.250,          NA\n' +
        '2017,643,156,970600,  35.500,   0.076\n' +
        '2017,643,4,970600,   1.000,   0.001\n',
    ),
    'BACI_HS17_Y2018_V202501.csv': strToU8('t,i,j,k,v,q\r\n2018,156,643,847150,  12.000,   0.500\r\n'),
    'country_codes_V202501.csv': strToU8('country_code,country_name\n156,China\n643,Russian Federation\n'),
    'Readme.txt': strToU8('fake readme'),
  });
}

/** The xlsx of the Eurostat compilation in miniature: inline strings, a date-formatted month column. */
export function fakeEurostatXlsx(): Uint8Array {
  const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
  const rows = [
    `<row r="1">${cell('A1', 'partner')}${cell('B1', 'reporter')}${cell('C1', 'month')}${cell('D1', 'sanctioned_export')}</row>`,
    `<row r="2">${cell('A2', 'Armenia')}${cell('B2', 'Austria')}<c r="C2" s="1"><v>43831</v></c><c r="D2"><v>111</v></c></row>`,
    `<row r="3">${cell('A3', 'Russian Federation')}${cell('B3', 'Belgium (incl. Luxembourg &apos;LU&apos; -&gt; 1998)')}<c r="C3" s="1"><v>44896</v></c><c r="D3"><v>0</v></c></row>`,
  ];
  return zipSync({
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`),
    'xl/styles.xml': strToU8(
      '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>' +
        '<cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
    ),
  });
}

/** SDMX-CSV 1.0 with labels=both, as the IMF API sends it (values fake). */
export const FAKE_IMF_SDMX =
  'DATAFLOW,COUNTRY: Country,INDICATOR: Indicator,COUNTERPART_COUNTRY: Counterpart country,FREQUENCY: Frequency,TIME_PERIOD: Time period,OBS_VALUE,SCALE: Scale\n' +
  'IMF.STA:IMTS(1.0.0),RUS: Russian Federation,"MG_CIF_USD: Imports of goods, CIF, US dollar",CHN: China,A: Annual,2021,111.5,6: Millions\n' +
  'IMF.STA:IMTS(1.0.0),RUS: Russian Federation,"MG_CIF_USD: Imports of goods, CIF, US dollar",CHN: China,A: Annual,2022,222.25,6: Millions\n' +
  'IMF.STA:IMTS(1.0.0),RUS: Russian Federation,"XG_FOB_USD: Exports of goods, FOB, US dollar",G001: World,A: Annual,2016,333,6: Millions\n';

/** Comtrade preview answers: one TOTAL row per asked month and flow (fake values). */
export const fakeComtrade: Handler = (url, _req, res) => {
  const data = (url.searchParams.get('period') ?? '').split(',').flatMap((period) =>
    ['X', 'M'].map((flowCode) => ({
      typeCode: 'C',
      freqCode: 'M',
      period,
      reporterCode: 156,
      flowCode,
      partnerCode: 643,
      partner2Code: 0,
      classificationCode: 'H6',
      cmdCode: 'TOTAL',
      customsCode: 'C00',
      motCode: 0,
      netWgt: 0,
      primaryValue: flowCode === 'X' ? 1_000_000_001 : 2_000_000_002,
    })),
  );
  res
    .writeHead(200, { 'content-type': 'application/json' })
    .end(JSON.stringify({ count: data.length, data }));
};
