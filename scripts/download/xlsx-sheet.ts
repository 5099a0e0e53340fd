// The single sheet of a small xlsx -> CSV (RFC 4180, CRLF, quotes only where needed), with dates (cells whose
// style is a date format) written as YYYY-MM and the header renamed. Enough for the Eurostat compilation we pin;
// not a general spreadsheet reader (no formulas, no merged cells).
import { strFromU8, unzipSync } from 'fflate';
import { DownloadError } from './http';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeXml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, name: string) =>
    name.startsWith('#x') || name.startsWith('#X')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : (ENTITIES[name] ?? ''),
  );

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 22]);

/** Style index -> is a date format. */
function dateStyles(stylesXml: string): boolean[] {
  const custom = new Map<number, string>();
  for (const m of stylesXml.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g))
    custom.set(Number(m[1]), decodeXml(m[2] ?? ''));
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
  return [...xfs.matchAll(/<xf [^>]*numFmtId="(\d+)"/g)].map((m) => {
    const id = Number(m[1]);
    return BUILTIN_DATE_FORMATS.has(id) || /[ymd]/i.test(custom.get(id)?.replace(/"[^"]*"/g, '') ?? '');
  });
}

/** Excel's 1900 date system: serial 1 = 1900-01-01, with its fictitious 1900-02-29 (hence the 1899-12-30 epoch). */
export function serialToMonth(serial: number): string {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000);
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

function cellText(cell: string, attrs: string, shared: readonly string[], isDate: boolean[]): string {
  const type = /\bt="([^"]+)"/.exec(attrs)?.[1];
  const style = Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? 0);
  if (type === 'inlineStr')
    return decodeXml([...cell.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((m) => m[1]).join(''));
  const value = /<v>([\s\S]*?)<\/v>/.exec(cell)?.[1] ?? '';
  if (type === 's') return shared[Number(value)] ?? '';
  if (value !== '' && isDate[style]) return serialToMonth(Number(value));
  return decodeXml(value);
}

function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? 'A';
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

const csvCell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

export function xlsxSheetToCsv(xlsx: Uint8Array, columns: Readonly<Record<string, string>>): string {
  const files = unzipSync(xlsx);
  const sheet = files['xl/worksheets/sheet1.xml'];
  if (!sheet) throw new DownloadError('xlsx: no xl/worksheets/sheet1.xml');
  const styles = files['xl/styles.xml'];
  const sharedXml = files['xl/sharedStrings.xml'];
  const isDate = styles ? dateStyles(strFromU8(styles)) : [];
  const shared = sharedXml
    ? [...strFromU8(sharedXml).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
        decodeXml([...(m[1] ?? '').matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')),
      )
    : [];
  const rows = [...strFromU8(sheet).matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)].map((row) => {
    const cells: string[] = [];
    for (const c of (row[1] ?? '').matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = /\br="([A-Z]+)\d+"/.exec(c[1] ?? '')?.[1] ?? '';
      cells[ref ? columnIndex(ref) : cells.length] = cellText(c[2] ?? '', c[1] ?? '', shared, isDate);
    }
    return Array.from(cells, (v) => v ?? '');
  });
  const [header, ...body] = rows;
  const renamed = (header ?? []).map((name) => {
    const to = columns[name];
    if (to === undefined) throw new DownloadError(`xlsx: unexpected column "${name}"`);
    return to;
  });
  return [renamed, ...body].map((cells) => cells.map(csvCell).join(',') + '\r\n').join('');
}
