// datapackage.json: the package described for machines, in the shape of a Frictionless Data Package
// (resources with Table Schemas, sources, licences), plus the manifest entries the data rest on.
import type { Caveat, Manifest, ManifestFile, ManifestSource, SeriesBreak } from '../data/schema';
import type { ChartSpec } from '../spec';
import type { FieldDef } from './columns';
import { CSV_LINE_BREAK } from './csv-format';
import { slugify } from './file-name';
import type { Provenance } from './provenance';
import type { ChartDescription } from './readme';

export interface CsvResourceInput {
  name: string;
  path: string;
  description: string;
  fields: readonly FieldDef[];
  bytes: number;
}

export interface CsvResource {
  name: string;
  path: string;
  description: string;
  profile: 'tabular-data-resource';
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8' | 'utf-8-sig';
  bytes: number;
  dialect: { delimiter: ','; lineTerminator: string; quoteChar: '"'; doubleQuote: true; header: true };
  schema: { fields: FieldDef[]; missingValues: [''] };
}

export interface DataPackageDescriptor {
  profile: 'tabular-data-package';
  name: string;
  title: string;
  description: string;
  version: string;
  created: string;
  homepage: string;
  resources: CsvResource[];
  sources: { title: string; path: string; id: string }[];
  licenses: { title: string; source: string }[];
  chart: { title: string; subtitle: string | null; url: string; notes: readonly string[]; spec: ChartSpec };
  manifest: {
    schemaVersion: number;
    dataVersion: string;
    generatedAt: string;
    sources: ManifestSource[];
    files: ManifestFile[];
    caveats: Caveat[];
    breaks: SeriesBreak[];
  };
}

export interface DatapackageInput {
  chart: ChartDescription;
  spec: ChartSpec;
  manifest: Manifest;
  provenance: Provenance;
  resources: readonly CsvResourceInput[];
  generated: string;
  bom: boolean;
}

function csvResource(resource: CsvResourceInput, bom: boolean): CsvResource {
  return {
    name: resource.name,
    path: resource.path,
    description: resource.description,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: bom ? 'utf-8-sig' : 'utf-8',
    bytes: resource.bytes,
    dialect: {
      delimiter: ',',
      lineTerminator: CSV_LINE_BREAK,
      quoteChar: '"',
      doubleQuote: true,
      header: true,
    },
    schema: { fields: resource.fields.map((field) => ({ ...field })), missingValues: [''] },
  };
}

export function buildDatapackage(input: DatapackageInput): DataPackageDescriptor {
  const { chart, manifest, provenance } = input;
  return {
    profile: 'tabular-data-package',
    name: slugify(chart.title) || 'chart-data',
    title: chart.title,
    description: chart.subtitle ?? chart.title,
    version: manifest.dataVersion,
    created: input.generated,
    homepage: chart.url,
    resources: input.resources.map((resource) => csvResource(resource, input.bom)),
    sources: provenance.sources.map((source) => ({ title: source.title, path: source.url, id: source.id })),
    // Licences are stated in words by the sources, not as identifiers: kept as titles, with the source they bind.
    licenses: provenance.sources.map((source) => ({ title: source.licence, source: source.id })),
    chart: {
      title: chart.title,
      subtitle: chart.subtitle ?? null,
      url: chart.url,
      notes: chart.notes ?? [],
      spec: input.spec,
    },
    manifest: {
      schemaVersion: manifest.schemaVersion,
      dataVersion: manifest.dataVersion,
      generatedAt: manifest.generatedAt,
      ...provenance,
    },
  };
}
