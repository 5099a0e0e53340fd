// README.md of a data package: what the files are, the chart they reproduce, and where the data come from, in
// words a reader can check (publisher, licence, retrieval date, citation, caveats in full).
import { breakLabel, caveatText, caveatTitle, fileDescription } from '../data/data-text';
import type { Manifest, ManifestSource } from '../data/schema';
import { activeLocale, i18n } from '../i18n/i18n';
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
    i18n._({
      id: 'readme.intro',
      message: 'The data behind one chart of the China–Russia dual-use trade explorer.',
    }),
    '',
    `- ${i18n._({ id: 'readme.chart', message: 'Chart (open this address to reproduce it): {url}' }, { url: `<${inline(chart.url)}>` })}`,
    `- ${i18n._(
      { id: 'readme.data-version', message: 'Data version: {version} (data built {built})' },
      { version: `\`${manifest.dataVersion}\``, built: manifest.generatedAt },
    )}`,
    `- ${i18n._({ id: 'readme.downloaded', message: 'Downloaded: {date}' }, { date: generated })}`,
  ];
}

function fileList({ files, bom }: ReadmeInput): string[] {
  return [
    `## ${i18n._({ id: 'readme.files', message: 'Files' })}`,
    '',
    ...files.map((file) => `- \`${file.name}\`: ${inline(file.description)}`),
    '',
    // One paragraph, as before issue 15; Chinese runs its sentences together without a space.
    [
      bom
        ? i18n._({
            id: 'readme.csv-bom',
            message:
              'CSV files are UTF-8 with a byte-order mark (for Excel), comma-separated, quoted as in RFC 4180, with CRLF line ends and a header line.',
          })
        : i18n._({
            id: 'readme.csv',
            message:
              'CSV files are UTF-8, comma-separated, quoted as in RFC 4180, with CRLF line ends and a header line.',
          }),
      i18n._({
        id: 'readme.csv-cells',
        message:
          'Numbers are plain decimals (a dot, no thousands separators, no exponent). An empty value means no data, never zero. A text cell that begins with =, +, -, @, a tab or a carriage return is prefixed with an apostrophe so that spreadsheets do not run it as a formula.',
      }),
    ].join(activeLocale() === 'zh' ? '' : ' '),
    '',
    // Issue 15: whatever the chart's language, the files' column names and codes are the same English machine
    // names, so scripts written against one language's download read every other's.
    i18n._({
      id: 'readme.columns-english',
      message:
        'Column names and codes (such as period, exporter, value, CHN, TOTAL) are stable English machine names in every language of the explorer, so the same scripts read every download.',
    }),
    ...(activeLocale() === 'en' ? [] : ['', namesNote()]),
  ];
}

/**
 * In Chinese and Russian: where the product names come from. The CHPL codes' names are the project's translation
 * (chpl.csv, name_source), never official tariff wording; every other HS code keeps its English name, marked.
 */
function namesNote(): string {
  return i18n._({
    id: 'readme.product-names',
    message:
      'Product names: the 50 CHPL codes are named in this language from chpl.csv (columns name_zh, name_ru), where name_source says where each name comes from; project-translation means the project’s own translation of the English description, not the official wording of a customs tariff. Every other HS code keeps its English name, marked as English. Source titles, publishers, licences and citations are quoted in their original English.',
  });
}

function sourceSection(source: ManifestSource): string[] {
  // Chinese puts a full-width colon after a label.
  const colon = activeLocale() === 'zh' ? '：' : ': ';
  const item = (label: string, value: string) => `- ${label}${colon}${value}`;
  return [
    `### ${inline(source.title)}`,
    '',
    item(i18n._({ id: 'readme.id', message: 'Id' }), `\`${source.id}\``),
    item(i18n._({ id: 'readme.publisher', message: 'Publisher' }), inline(source.publisher)),
    /^https?:\/\//.test(source.url)
      ? item('URL', `<${source.url}>`)
      : item('URL', i18n._({ id: 'readme.url-per-row', message: 'each row cites its own source' })),
    item(i18n._({ id: 'readme.licence', message: 'Licence' }), inline(source.licence)),
    item(i18n._({ id: 'readme.retrieved', message: 'Retrieved' }), inline(source.retrieved)),
    ...(source.currency
      ? [item(i18n._({ id: 'readme.currency', message: 'Currency' }), source.currency)]
      : []),
    ...(source.frequency
      ? [
          item(
            i18n._({ id: 'readme.frequency', message: 'Frequency' }),
            source.frequency === 'A'
              ? i18n._({ id: 'readme.annual', message: 'annual' })
              : i18n._({ id: 'readme.monthly', message: 'monthly' }),
          ),
        ]
      : []),
    item(i18n._({ id: 'readme.cite-as', message: 'Cite as' }), inline(source.citation)),
    '',
  ];
}

function provenanceSections({ provenance }: ReadmeInput): string[] {
  const lines = [
    `## ${i18n._({ id: 'readme.sources', message: 'Sources' })}`,
    '',
    ...provenance.sources.flatMap(sourceSection),
  ];
  lines.push(`## ${i18n._({ id: 'readme.caveats', message: 'Caveats' })}`, '');
  if (provenance.caveats.length === 0)
    lines.push(i18n._({ id: 'readme.no-caveats', message: 'None recorded for these sources.' }), '');
  for (const caveat of provenance.caveats) {
    lines.push(`### ${inline(caveatTitle(caveat))} (\`${caveat.id}\`)`, '', inline(caveatText(caveat)), '');
  }
  if (provenance.breaks.length > 0) {
    lines.push(`## ${i18n._({ id: 'readme.breaks', message: 'Breaks in the series' })}`, '');
    for (const seriesBreak of provenance.breaks) {
      lines.push(
        `- ${i18n._(
          {
            id: 'readme.break',
            message: '{label}: between {after} and {before} (source {source}; caveat {caveat}).',
          },
          {
            label: inline(breakLabel(seriesBreak)),
            after: seriesBreak.after,
            before: seriesBreak.before,
            source: `\`${seriesBreak.source}\``,
            caveat: `\`${seriesBreak.caveat}\``,
          },
        )}`,
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
    : [
        `## ${i18n._({ id: 'readme.notes', message: 'Notes on the chart' })}`,
        '',
        ...notes.map((note) => `- ${inline(note)}`),
        '',
      ];
}

function columnSections({ files }: ReadmeInput): string[] {
  const head = [
    i18n._({ id: 'readme.col-column', message: 'column' }),
    i18n._({ id: 'readme.col-type', message: 'type' }),
    i18n._({ id: 'readme.col-description', message: 'description' }),
  ];
  return files.flatMap((file) =>
    file.fields
      ? [
          `## ${i18n._({ id: 'readme.columns-of', message: 'Columns of {file}' }, { file: `\`${file.name}\`` })}`,
          '',
          `| ${head.join(' | ')} |`,
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
    `## ${i18n._({ id: 'readme.generated-files', message: 'Generated files the chart reads' })}`,
    '',
    ...provenance.files.map(
      (file) =>
        `- \`${file.path}\`: ${inline(fileDescription(file))} (${i18n._(
          { id: 'readme.file-rows', message: '{rows} rows, sha256 {sha256}' },
          { rows: String(file.rows), sha256: `\`${file.sha256}\`` },
        )})`,
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
