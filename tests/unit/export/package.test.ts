import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FLOW_COLUMNS } from '../../../src/data/schema';
import { SERIES_COLUMNS } from '../../../src/export/columns';
import type { DataPackageDescriptor } from '../../../src/export/datapackage';
import {
  buildDataPackage,
  dataPackageFiles,
  PACKAGE_FILES,
  type DataPackageInput,
} from '../../../src/export/package';
import { BACI_SPEC, FLOW_ROWS, MANIFEST, TIER_SERIES } from './fixtures';

const INPUT: DataPackageInput = {
  series: TIER_SERIES,
  spec: BACI_SPEC,
  manifest: MANIFEST,
  chart: {
    title: 'China’s exports to Russia by CHPL tier',
    subtitle: 'US$, current prices',
    url: 'https://explorer.example/?v=1&p=t:1,h6:854231',
    notes: ['Fixture note about the chart.'],
  },
  fullRows: FLOW_ROWS,
  filePaths: ['flows/baci_chpl.csv'],
  generated: new Date('2026-02-03T04:05:06Z'),
};

function unzipTexts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

describe('buildDataPackage', () => {
  const files = unzipTexts(buildDataPackage(INPUT));
  const readme = files[PACKAGE_FILES.readme] ?? '';
  const descriptor = JSON.parse(files[PACKAGE_FILES.datapackage] ?? 'null') as DataPackageDescriptor;

  it('unzips to the named files', () => {
    expect(Object.keys(files).sort()).toEqual([
      'README.md',
      'data.csv',
      'datapackage.json',
      'full-dataset.csv',
    ]);
    expect(files[PACKAGE_FILES.data]?.startsWith(`${SERIES_COLUMNS.join(',')}\r\n`)).toBe(true);
    const fullRows = Papa.parse(files[PACKAGE_FILES.fullDataset] ?? '', {
      header: true,
      skipEmptyLines: true,
    });
    expect(fullRows.data).toHaveLength(FLOW_ROWS.length);
  });

  it('names every source involved with its publisher, licence, URL, retrieval date and citation', () => {
    const involved = MANIFEST.sources.filter((s) => s.id === 'baci' || s.id === 'chpl');
    for (const source of involved) {
      for (const text of [
        source.title,
        source.publisher,
        source.licence,
        source.url,
        source.retrieved,
        source.citation,
      ]) {
        expect(readme).toContain(text);
      }
    }
    expect(readme).not.toContain('Fixture IMF source');
  });

  it('gives every caveat that applies in full, and the break inside the period range', () => {
    for (const id of ['basis-break', 'annual-only', 'dual-use']) {
      const caveat = MANIFEST.caveats.find((c) => c.id === id)!;
      expect(readme).toContain(caveat.title);
      expect(readme).toContain(caveat.text);
    }
    expect(readme).not.toContain('Fixture caveat text: estimated values.');
    expect(readme).toContain('From 2022: one side only');
  });

  it('says what the chart is and how to reproduce it', () => {
    for (const text of [
      INPUT.chart.title,
      INPUT.chart.subtitle!,
      INPUT.chart.url,
      'fixture0001',
      '2026-02-03T04:05:06.000Z',
    ]) {
      expect(readme).toContain(text);
    }
    expect(readme).toContain('Fixture note about the chart.');
    expect(readme).toContain('`series_label`');
  });

  it('writes a Frictionless-style datapackage.json with fields, sources, licences and manifest entries', () => {
    expect(descriptor.resources.map((r) => r.path)).toEqual(['data.csv', 'full-dataset.csv']);
    expect(descriptor.resources[0]?.schema.fields.map((f) => f.name)).toEqual(SERIES_COLUMNS);
    expect(descriptor.resources[1]?.schema.fields.map((f) => f.name)).toEqual([...FLOW_COLUMNS]);
    expect(descriptor.resources[0]?.schema.fields.find((f) => f.name === 'value')?.type).toBe('number');
    expect(descriptor.resources[0]?.bytes).toBe(new TextEncoder().encode(files['data.csv']).length);
    expect(descriptor.sources.map((s) => s.id)).toEqual(['baci', 'chpl']);
    expect(descriptor.licenses.map((l) => l.title)).toEqual([
      'Fixture Licence A (attribution required)',
      'Fixture Licence B',
    ]);
    expect(descriptor.manifest.files.map((f) => f.path)).toEqual(['flows/baci_chpl.csv']);
    expect(descriptor.manifest.caveats.map((c) => c.id)).toEqual(['basis-break', 'annual-only', 'dual-use']);
    expect(descriptor.version).toBe('fixture0001');
    expect(descriptor.chart.spec).toEqual(BACI_SPEC);
  });

  it('gives the same bytes for the same input', () => {
    expect(buildDataPackage(INPUT)).toEqual(
      buildDataPackage({ ...INPUT, generated: new Date(INPUT.generated!) }),
    );
  });

  it('stamps entries with the download time read as UTC, whatever the time zone', () => {
    const bytes = buildDataPackage(INPUT);
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    // First local file header: MS-DOS time at offset 10, date at 12.
    expect(view.getUint16(10, true)).toBe((4 << 11) | (5 << 5) | (6 >> 1));
    expect(view.getUint16(12, true)).toBe(((2026 - 1980) << 9) | (2 << 5) | 3);
  });

  it('leaves out full-dataset.csv without rows, and marks the BOM variant in the metadata', () => {
    const texts = dataPackageFiles({ ...INPUT, fullRows: undefined, excel: true });
    expect(Object.keys(texts)).toEqual(['README.md', 'data.csv', 'datapackage.json']);
    expect(texts['data.csv']?.startsWith('\uFEFF')).toBe(true);
    const meta = JSON.parse(texts['datapackage.json'] ?? 'null') as DataPackageDescriptor;
    expect(meta.resources.map((r) => r.encoding)).toEqual(['utf-8-sig']);
  });

  it('leaves out a break outside the chart range', () => {
    const texts = dataPackageFiles({ ...INPUT, spec: { ...BACI_SPEC, from: '2022', to: '2023' } });
    expect(texts['README.md']).not.toContain('From 2022: one side only');
  });
});

describe('a data package lists only what applies to the chart', () => {
  // A shared lookup file (partners.csv) names every dataset's source; a BACI chart reading it rests on BACI only.
  const partnersFile = {
    path: 'partners.csv',
    kind: 'partners' as const,
    description: 'Fixture partner names shared by every dataset.',
    rows: 2,
    bytes: 100,
    sha256: '0000000000000000000000000000000000000000000000000000000000000003',
    sources: ['baci', 'imf-imts'],
    caveats: [],
  };
  const manifest = { ...MANIFEST, files: [...MANIFEST.files, partnersFile] };
  const files = dataPackageFiles({ ...INPUT, manifest, filePaths: ['flows/baci_chpl.csv', 'partners.csv'] });
  const readme = files[PACKAGE_FILES.readme] ?? '';
  const descriptor = files[PACKAGE_FILES.datapackage] ?? '';

  it('leaves out the sources, caveats and breaks of datasets the chart does not draw', () => {
    expect(readme).toContain(MANIFEST.sources.find((s) => s.id === 'baci')!.title);
    for (const text of [readme, descriptor]) {
      expect(text).not.toContain('Fixture IMF source');
      expect(text).not.toContain('Fixture caveat text: estimated values.');
      expect(text).not.toContain('imf-imts');
    }
  });

  it('fills the product column of an HS6 series keyed by its bare code', () => {
    const series = [{ ...TIER_SERIES[1]!, key: '854231', label: 'HS 854231' }];
    const spec = { ...BACI_SPEC, products: [{ kind: 'hs6' as const, code: '854231' }] };
    const csv = dataPackageFiles({ ...INPUT, series, spec })[PACKAGE_FILES.data] ?? '';
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.product)).toEqual(['h6:854231']);
  });
});
