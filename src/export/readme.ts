// README.md of a data package: what the files are, the chart they reproduce, and where the data come from, in
// words a reader can check (publisher, licence, retrieval date, citation, caveats in full).
import type { Manifest, ManifestSource } from '../data/schema';
import type { FieldDef } from './columns';
import type { Provenance } from './provenance';

export interface ChartDescription {
  title: string;
  subtitle?: string;
  /** The address that reproduces the chart: the page with the spec's query string. */
  url: string;
  /** Notes drawn under the chart, in its words. */
  notes?: readonly string[];
}

export interface PackagedFile {
  name: string;
  description: string;
  fields?: readonly FieldDef[];
}

export interface ReadmeInput {
  chart: ChartDescription;
  manifest: Manifest;
  provenance: Provenance;
  files: readonly PackagedFile[];
  /** ISO 8601 date-time of the download. */
  generated: string;
  bom: boolean;
}

/** Keeps a value on one Markdown line. */
function inline(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function tableCell(text: string): string {
  return inline(text).replace(/\|/g, '\\|');
}

function header({ chart, manifest, generated }: ReadmeInput): string[] {
  return [
    `# ${inline(chart.title)}`,
    ...(chart.subtitle ? ['', inline(chart.subtitle)] : []),
    '',
    'The data behind one chart of the China–Russia dual-use trade explorer.',
    '',
    `- Chart (open this address to reproduce it): <${inline(chart.url)}>`,
    `- Data version: \`${manifest.dataVersion}\` (data built ${manifest.generatedAt})`,
    `- Downloaded: ${generated}`,
  ];
}

function fileList({ files, bom }: ReadmeInput): string[] {
  return [
    '## Files',
    '',
    ...files.map((file) => `- \`${file.name}\`: ${inline(file.description)}`),
    '',
    `CSV files are UTF-8${bom ? ' with a byte-order mark (for Excel)' : ''}, comma-separated, quoted as in ` +
      'RFC 4180, with CRLF line ends and a header line. Numbers are plain decimals (a dot, no thousands ' +
      'separators, no exponent). An empty value means no data, never zero. A text cell that begins with =, +, -, ' +
      '@, a tab or a carriage return is prefixed with an apostrophe so that spreadsheets do not run it as a formula.',
  ];
}

function sourceSection(source: ManifestSource): string[] {
  return [
    `### ${inline(source.title)}`,
    '',
    `- Id: \`${source.id}\``,
    `- Publisher: ${inline(source.publisher)}`,
    /^https?:\/\//.test(source.url) ? `- URL: <${source.url}>` : '- URL: each row cites its own source',
    `- Licence: ${inline(source.licence)}`,
    `- Retrieved: ${inline(source.retrieved)}`,
    ...(source.currency ? [`- Currency: ${source.currency}`] : []),
    ...(source.frequency ? [`- Frequency: ${source.frequency === 'A' ? 'annual' : 'monthly'}`] : []),
    `- Cite as: ${inline(source.citation)}`,
    '',
  ];
}

function provenanceSections({ provenance }: ReadmeInput): string[] {
  const lines = ['## Sources', '', ...provenance.sources.flatMap(sourceSection)];
  lines.push('## Caveats', '');
  if (provenance.caveats.length === 0) lines.push('None recorded for these sources.', '');
  for (const caveat of provenance.caveats) {
    lines.push(`### ${inline(caveat.title)} (\`${caveat.id}\`)`, '', inline(caveat.text), '');
  }
  if (provenance.breaks.length > 0) {
    lines.push('## Breaks in the series', '');
    for (const seriesBreak of provenance.breaks) {
      lines.push(
        `- ${inline(seriesBreak.label)}: between ${seriesBreak.after} and ${seriesBreak.before} ` +
          `(source \`${seriesBreak.source}\`; caveat \`${seriesBreak.caveat}\`).`,
      );
    }
    lines.push('');
  }
  return lines;
}

function notesSection({ chart }: ReadmeInput): string[] {
  const notes = chart.notes ?? [];
  return notes.length === 0
    ? []
    : ['## Notes on the chart', '', ...notes.map((note) => `- ${inline(note)}`), ''];
}

function columnSections({ files }: ReadmeInput): string[] {
  return files.flatMap((file) =>
    file.fields
      ? [
          `## Columns of \`${file.name}\``,
          '',
          '| column | type | description |',
          '| --- | --- | --- |',
          ...file.fields.map((f) => `| \`${f.name}\` | ${f.type} | ${tableCell(f.description)} |`),
          '',
        ]
      : [],
  );
}

function drawnFrom({ provenance }: ReadmeInput): string[] {
  if (provenance.files.length === 0) return [];
  return [
    '## Generated files the chart reads',
    '',
    ...provenance.files.map(
      (file) =>
        `- \`${file.path}\`: ${inline(file.description)} (${file.rows} rows, sha256 \`${file.sha256}\`)`,
    ),
    '',
  ];
}

export function buildReadme(input: ReadmeInput): string {
  const lines = [
    ...header(input),
    '',
    ...fileList(input),
    '',
    ...provenanceSections(input),
    ...notesSection(input),
    ...columnSections(input),
    ...drawnFrom(input),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
