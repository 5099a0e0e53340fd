// A link may ask for a dataset this build does not have (the monthly CHPL data need `npm run data:update`):
// it gets the default chart and a notice naming its `d`, like any other parameter that cannot be used.
import { missingDatasetFile } from './dataset-availability';
import type { Manifest } from '../data/schema';
import { DEFAULT_SPEC, defaultSpecFor, type ParsedSpec } from '../spec';

/** `manifest` undefined (still loading): the link is kept as read until the manifest says otherwise. */
export function withBuildDatasets(parsed: ParsedSpec, manifest: Manifest | undefined): ParsedSpec {
  const missing = manifest ? missingDatasetFile(parsed.spec.dataset, manifest) : null;
  if (missing === null) return parsed;
  return {
    spec: defaultSpecFor(DEFAULT_SPEC.dataset),
    notices: [
      ...parsed.notices,
      { param: 'd', value: parsed.spec.dataset, reason: { id: 'no-build-data', file: missing } },
    ],
  };
}
