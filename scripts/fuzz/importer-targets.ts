// Fuzz targets for every importer (issue 13, "Fuzzing stays in the project"): hostile files in each format the
// import page and `npm run data:import` read. An input ends as a parsed result (maybe with rejected rows,
// each naming its row) or a clean refusal (a sentence); a throw, an "import failed unexpectedly" or a row
// with a non-finite number is a crash. Each target is registered with `npm run fuzz` by one file in
// scripts/fuzz/targets/ (importer-*.ts), so the one runner and the one fast profile pick it up.
import fc from 'fast-check';
import { importFile } from '../../src/data/importers';
import { defineTarget, invariant, type FuzzOutcome, type FuzzTarget } from './target';

export interface ImporterInput {
  name: string;
  bytes: Uint8Array;
}

const HEADERS = {
  tidy: 'period,freq,exporter,importer,product,value,currency,quantity,quantity_unit,source,basis',
  'comtrade-csv':
    'typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,cmdCode,cmdDesc,qtyUnitCode,qty,netWgt,primaryValue',
  'gacc-en':
    '"Commodity code","Commodity","Trading partner code","Trading partner","Quantity","Quantity unit","US dollar"',
  'gacc-zh':
    '"数据年月","商品编码","商品名称","贸易伙伴编码","贸易伙伴名称","第一数量","第一计量单位","人民币"',
} as const;

/** Cells an attacker or a broken export would put in a file. */
const hostileCell = fc.oneof(
  fc.constantFrom(
    '1e400',
    '-1e400',
    '1e-400',
    'NaN',
    'Infinity',
    '0x1F',
    '=cmd|"/c calc"!A1',
    '+SUM(1,2)',
    '-2+3',
    '@A1',
    '"',
    '""',
    '"a"b"',
    'a\nb',
    '\u0000',
    '\u001b[2J\u001b[HFAKE',
    '\r',
    '\u202e',
    '\uFEFF',
    '__proto__',
    'constructor',
    '2023-13',
    '202301',
    '854231',
    '85423100',
    '643',
    'RUS',
    '1,234,567.89',
    '',
  ),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.integer({ min: 0, max: 5000 }).map((n) => '9'.repeat(n)),
);

const line = (maxCells: number) =>
  fc
    .array(fc.tuple(hostileCell, fc.boolean()), { maxLength: maxCells })
    .map((cells) => cells.map(([c, quoted]) => (quoted ? `"${c.replace(/"/g, '""')}"` : c)).join(','));

/** Text -> bytes in one of the encodings files come in (or a damaged one). */
const encodings = fc.constantFrom('utf8', 'utf8-bom', 'utf16le-bom', 'utf16be-bom', 'latin1');
function encode(text: string, encoding: string): Uint8Array {
  const utf8 = new TextEncoder().encode(text);
  switch (encoding) {
    case 'utf8-bom':
      return new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    case 'utf16le-bom':
      return new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    case 'utf16be-bom':
      return new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
    case 'latin1':
      return new Uint8Array(Buffer.from(text, 'latin1'));
    default:
      return utf8;
  }
}

/** GB18030-shaped bytes: lead bytes 0x81-0xFE with trail bytes, valid or not, mixed with ASCII. */
const gbBytes = fc
  .array(
    fc.oneof(
      fc.tuple(fc.integer({ min: 0x81, max: 0xfe }), fc.integer({ min: 0x30, max: 0xfe })),
      fc.tuple(fc.constantFrom(0x2c, 0x0a, 0x22, 0x31), fc.constantFrom(0x30, 0x2c)),
    ),
    { maxLength: 200 },
  )
  .map((pairs) => pairs.flat());

function csvInput(header: string, maxRows: number, name: string): fc.Arbitrary<ImporterInput> {
  const structured = fc
    .tuple(fc.array(line(24), { maxLength: maxRows }), encodings, fc.constantFrom('\n', '\r\n', '\r'))
    .map(([rows, encoding, eol]) => ({ name, bytes: encode([header, ...rows].join(eol), encoding) }));
  const gb = gbBytes.map((bytes) => ({
    name,
    bytes: new Uint8Array([...new TextEncoder().encode(`${header}\n`), ...bytes]),
  }));
  const random = fc.uint8Array({ maxLength: 400 }).map((bytes) => ({ name, bytes }));
  const hugeLine = fc
    .integer({ min: 1, max: 200_000 })
    .map((n) => ({ name, bytes: encode(`${header}\n${'x,'.repeat(n)}`, 'utf8') }));
  return fc.oneof({ weight: 6, arbitrary: structured }, gb, random, hugeLine);
}

const jsonValue = fc.oneof(hostileCell, fc.integer(), fc.double(), fc.constant(null), fc.boolean());
const jsonInput: fc.Arbitrary<ImporterInput> = fc.oneof(
  fc
    .tuple(
      fc.array(
        fc.dictionary(
          fc.constantFrom(
            'period',
            'cmdCode',
            'partnerCode',
            'reporterCode',
            'flowCode',
            'primaryValue',
            'freqCode',
            'netWgt',
            '__proto__',
          ),
          jsonValue,
        ),
        { maxLength: 20 },
      ),
      fc.oneof(fc.integer(), hostileCell),
      fc.nat({ max: 100 }),
    )
    .map(([data, count, cut]) => {
      const text = JSON.stringify({ elapsedTime: '0.1 secs', count, data });
      // Sometimes cut short, as a dropped connection would.
      return {
        name: 'api.json',
        bytes: encode(cut < 20 ? text.slice(0, (text.length * cut) / 20) : text, 'utf8'),
      };
    }),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => ({ name: 'api.json', bytes })),
);

function run(input: ImporterInput): FuzzOutcome {
  const result = importFile(input.bytes, input.name, {
    period: '2023-01',
    flow: 'exports',
    currencyHint: 'USD',
  });
  if (result.error !== null) {
    // importFile turns a throw into this sentence: it is a crash, not a refusal.
    if (result.error.startsWith('The import failed unexpectedly')) throw new Error(result.error);
    invariant(result.error.trim() !== '', 'a refusal without a message');
    return 'refused';
  }
  for (const row of result.rows) {
    invariant(
      Number.isFinite(row.value) && (row.quantity === null || Number.isFinite(row.quantity)),
      `a non-finite number in a parsed row: ${JSON.stringify(row)}`,
    );
  }
  for (const rejected of result.rejected) {
    invariant(
      Number.isInteger(rejected.row) && rejected.row >= 1 && rejected.message !== '',
      `a rejected row without its row or reason: ${JSON.stringify(rejected)}`,
    );
  }
  return result.rejected.length > 0 || result.warnings.length > 0 ? 'notice' : 'clean';
}

const show = (input: ImporterInput) => {
  const head = Buffer.from(input.bytes.slice(0, 120)).toString('base64');
  return `${input.name}, ${input.bytes.length} bytes, base64 head ${head}`;
};

const importerTarget = (
  name: string,
  description: string,
  arbitrary: fc.Arbitrary<ImporterInput>,
): FuzzTarget<ImporterInput> => defineTarget({ name, description, arbitrary, run, show });

export const tidyTarget = importerTarget(
  'importer-tidy',
  'tidy flow CSV',
  csvInput(HEADERS.tidy, 30, 'flows.csv'),
);
export const comtradeCsvTarget = importerTarget(
  'importer-comtrade-csv',
  'UN Comtrade CSV export',
  csvInput(HEADERS['comtrade-csv'], 30, 'comtrade.csv'),
);
export const comtradeJsonTarget = importerTarget('importer-comtrade-json', 'UN Comtrade API JSON', jsonInput);
export const gaccEnTarget = importerTarget(
  'importer-gacc-en',
  'China Customs CSV, English headers',
  csvInput(HEADERS['gacc-en'], 30, 'gacc.csv'),
);
export const gaccZhTarget = importerTarget(
  'importer-gacc-zh',
  'China Customs CSV, Chinese headers',
  csvInput(HEADERS['gacc-zh'], 30, 'gacc-zh.csv'),
);
