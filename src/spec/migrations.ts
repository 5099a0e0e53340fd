// Links live for years: every change to the URL format bumps CURRENT_SPEC_VERSION and adds a migration
// that rewrites the previous version's parameters, so an old link still opens the chart it showed.
export const CURRENT_SPEC_VERSION = 1;

/** A link's parameters, one value each (repeats already resolved). */
export type RawParams = ReadonlyMap<string, string>;
export type ParamMigration = (params: RawParams) => Map<string, string>;

/**
 * migrations[n] turns version-n parameters into version n+1. Version 0 is a link without `v=`
 * (written before versioning); its format is version 1's.
 */
export const SPEC_MIGRATIONS: Readonly<Record<number, ParamMigration>> = {
  0: (params) => new Map(params),
};

/** Applies migrations from `fromVersion` up to `toVersion`. A missing step is a bug, caught by the tests. */
export function migrateParams(
  params: RawParams,
  fromVersion: number,
  migrations: Readonly<Record<number, ParamMigration>> = SPEC_MIGRATIONS,
  toVersion: number = CURRENT_SPEC_VERSION,
): Map<string, string> {
  let current = new Map(params);
  for (let version = fromVersion; version < toVersion; version += 1) {
    const step = Object.hasOwn(migrations, version) ? migrations[version] : undefined;
    if (!step) throw new Error(`no spec migration from version ${version}`);
    current = step(current);
  }
  return current;
}
