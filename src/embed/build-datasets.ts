// The embed's request, checked against the build's manifest: a dataset the build lacks (the monthly CHPL data
// need `npm run data:update`) gives the default chart with the explorer's notice (withBuildDatasets).
import { withBuildDatasets } from '../query/dataset-fallback';
import type { Manifest } from '../data/schema';
import type { EmbedRequest } from '../spec/embed-params';

export function requestForBuild(request: EmbedRequest, manifest: Manifest | undefined): EmbedRequest {
  const checked = withBuildDatasets({ spec: request.spec, notices: request.notices }, manifest);
  if (checked.spec === request.spec) return request;
  return { ...request, spec: checked.spec, presetId: null, notices: checked.notices };
}
