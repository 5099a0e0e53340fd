// What the chart pipeline (src/figure/spec-data/useSpecData.ts) needs from a dataset whose rows are in memory
// rather than in public/data: the files to fetch besides them, the manifest that names them, the series.
// Only a type here, so the embed, which never holds a reader's file, carries none of the code behind it.
import type { Manifest } from '../../data/schema';
import type { Series } from '../../data/series';
import type { ProductCatalog } from '../product-catalog';
import type { SpecFile } from '../spec-files';
import type { SpecSeries, SpecTables } from '../spec-series';
import type { ChartSpec } from '../../spec/schema';

export interface LocalDataset {
  /** Every file the spec reads, the in-memory one included (DATA_FILES.inBrowserFile): it is never fetched. */
  files(spec: ChartSpec, manifest: Manifest, catalog: ProductCatalog): SpecFile[];
  /** The built-in manifest with this dataset's source, file and caveat added. */
  manifest(base: Manifest): Manifest;
  /** The series, from the fetched tables and the rows in memory. */
  compute(spec: ChartSpec, tables: SpecTables): SpecSeries;
  /** The chart's title, from the one the spec would have: it says whose data these are. */
  title(base: string, series: readonly Series[]): string;
}
