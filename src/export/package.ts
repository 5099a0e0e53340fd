// The data package: a zip of data.csv (what the chart shows), full-dataset.csv (the flow rows it draws from,
// when given), README.md and datapackage.json. The same input always gives the same bytes (entries carry a
// fixed time), so a package can be tested and compared.
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { FlowRow } from '../data/schema';
import { i18n } from '../i18n/i18n';
import { FLOW_FIELDS, SERIES_FIELDS } from './columns';
import { flowRowsToCsv, seriesToCsv, sourcesOfSeries, type SeriesCsvInput } from './csv';
import { buildDatapackage, type CsvResourceInput } from './datapackage';
import { provenanceOf } from './provenance';
import { buildReadme, type ChartDescription, type PackagedFile } from './readme';

export const PACKAGE_FILES = {
  data: 'data.csv',
  fullDataset: 'full-dataset.csv',
  readme: 'README.md',
  datapackage: 'datapackage.json',
} as const;

export interface DataPackageInput extends SeriesCsvInput {
  chart: ChartDescription;
  /** The flow rows the chart draws from: written as full-dataset.csv when given. */
  fullRows?: readonly FlowRow[];
  /** Paths (as in the manifest) of the generated files the chart reads. */
  filePaths?: readonly string[];
  /** When the download was made; pass it for reproducible output. Defaults to now. */
  generated?: Date;
  /** A byte-order mark in the CSV files, for Excel. */
  excel?: boolean;
}

/** The packaged files' descriptions, in the chart's language (read when a package is built). */
const descriptions = () => ({
  data: i18n._({
    id: 'readme.file-data',
    message:
      'The values the chart shows: one row per series and period, with unit, currency, source and basis.',
  }),
  fullDataset: i18n._({
    id: 'readme.file-full',
    message:
      'The flow rows the chart draws from: one row per period, exporter, importer, product and source.',
  }),
  readme: i18n._({
    id: 'readme.file-readme',
    message: 'This file: what the package holds and where the data come from.',
  }),
  datapackage: i18n._({
    id: 'readme.file-datapackage',
    message: 'Machine-readable metadata (Frictionless Data Package): fields, sources, licences, caveats.',
  }),
});

type CsvEntry = Omit<CsvResourceInput, 'bytes'> & { text: string };

function csvResources(input: DataPackageInput, bom: boolean): { resource: CsvResourceInput; text: string }[] {
  const entries: CsvEntry[] = [
    {
      name: 'data',
      path: PACKAGE_FILES.data,
      description: descriptions().data,
      fields: SERIES_FIELDS,
      text: seriesToCsv(input, { bom }),
    },
  ];
  if (input.fullRows) {
    entries.push({
      name: 'full-dataset',
      path: PACKAGE_FILES.fullDataset,
      description: descriptions().fullDataset,
      fields: FLOW_FIELDS,
      text: flowRowsToCsv(input.fullRows, { bom }),
    });
  }
  return entries.map(({ text, ...resource }) => ({
    resource: { ...resource, bytes: strToU8(text).length },
    text,
  }));
}

/** The text of every file in the package, by name, in the order they are zipped. */
export function dataPackageFiles(input: DataPackageInput): Record<string, string> {
  const bom = input.excel ?? false;
  const generated = (input.generated ?? new Date()).toISOString();
  const csvs = csvResources(input, bom);
  const rowSources = (input.fullRows ?? []).map((row) => row.source);
  const provenance = provenanceOf(input.manifest, {
    sourceIds: [...sourcesOfSeries(input.series, input.spec), ...rowSources],
    filePaths: input.filePaths,
    from: input.spec.from,
    to: input.spec.to,
  });
  const packaged: PackagedFile[] = [
    ...csvs.map(({ resource }) => ({
      name: resource.path,
      description: resource.description,
      fields: resource.fields,
    })),
    { name: PACKAGE_FILES.readme, description: descriptions().readme },
    { name: PACKAGE_FILES.datapackage, description: descriptions().datapackage },
  ];
  const common = { chart: input.chart, manifest: input.manifest, provenance, generated, bom };
  const descriptor = buildDatapackage({
    ...common,
    spec: input.spec,
    resources: csvs.map((c) => c.resource),
  });
  return {
    [PACKAGE_FILES.readme]: buildReadme({ ...common, files: packaged }),
    ...Object.fromEntries(csvs.map(({ resource, text }) => [resource.path, text])),
    [PACKAGE_FILES.datapackage]: `${JSON.stringify(descriptor, null, 2)}\n`,
  };
}

/**
 * A zip entry's time is a local calendar time (MS-DOS format); building the Date from the UTC fields makes the
 * bytes the same in every time zone. Zip cannot hold times before 1980.
 */
function zipTime(generated: Date): Date {
  const year = Math.max(1980, generated.getUTCFullYear());
  return new Date(
    year,
    generated.getUTCMonth(),
    generated.getUTCDate(),
    generated.getUTCHours(),
    generated.getUTCMinutes(),
    generated.getUTCSeconds(),
  );
}

export function buildDataPackage(input: DataPackageInput): Uint8Array<ArrayBuffer> {
  const generated = input.generated ?? new Date();
  const files = dataPackageFiles({ ...input, generated });
  const zippable: Zippable = {};
  for (const [name, text] of Object.entries(files)) zippable[name] = strToU8(text);
  return zipSync(zippable, { level: 6, mtime: zipTime(generated) });
}

export function dataPackageBlob(input: DataPackageInput): Blob {
  return new Blob([buildDataPackage(input)], { type: 'application/zip' });
}
