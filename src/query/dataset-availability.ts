// Datasets whose file only some builds have: the monthly CHPL data exist once `npm run data:update` fetched a
// snapshot. The manifest says whether this build has them; nothing else may offer or draw them.
import type { Manifest } from '../data/schema';
import { DATASETS } from '../spec/datasets';
import type { DatasetId } from '../spec/schema';

/** The file of a dataset that only some builds have (its DATASETS row says `optional`). */
function optionalFile(dataset: DatasetId): string | undefined {
  const { rows } = DATASETS[dataset];
  return rows !== 'baci-split' && rows.optional ? rows.file : undefined;
}

export const listsFile = (manifest: Manifest, path: string) => manifest.files.some((f) => f.path === path);

/** The optional file a dataset needs and this build lacks, or null when the dataset can be drawn. */
export function missingDatasetFile(dataset: DatasetId, manifest: Manifest): string | null {
  const path = optionalFile(dataset);
  return path === undefined || listsFile(manifest, path) ? null : path;
}

/** Whether to offer a dataset: optional ones only once the manifest is known to list their file. */
export function datasetOffered(dataset: DatasetId, manifest: Manifest | undefined): boolean {
  return manifest ? missingDatasetFile(dataset, manifest) === null : optionalFile(dataset) === undefined;
}
