// Browser code imports the spec from here: zod-free. The zod schemas are in ./schema (tests, Node).
export * from './fields';
export type {
  Breakdown,
  ChartSpec,
  ChartType,
  DatasetId,
  Direction,
  Flow,
  Measure,
  ProductKind,
  ProductSelector,
  ShareDenominator,
  Transform,
} from './schema';
export { DEFAULT_SPEC, defaultSpecFor } from './defaults';
export { DATASETS, type DatasetCapabilities } from './datasets';
export { CHART_TYPE_ROWS, chartTypeRow, type ChartTypeRow } from './chart-types';
export {
  TRANSFORM_KINDS,
  TRANSFORMS,
  transformRow,
  type TransformKind,
  type TransformRow,
} from './transforms';
export { PRESETS, type PresetId } from './presets';
export { reconcileSpec, specIssues, type SpecIssue } from './consistency';
export { comparableBasisApplies } from './comparable';
export { flowKey } from './flow-key';
export { isPeriodInRange, periodEnd, periodStart } from './period-range';
export {
  CURRENT_SPEC_VERSION,
  migrateParams,
  SPEC_MIGRATIONS,
  type ParamMigration,
  type RawParams,
} from './migrations';
export type { SpecNotice } from './notices';
export {
  parseSearchParams,
  specToQueryString,
  specToSearchParams,
  type ParsedSpec,
  type ParseOptions,
} from './url';
