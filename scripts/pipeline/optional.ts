// Optional sources (a registry row with an `absent` caveat): present, they are loaded and verified like any other;
// absent (no raw file at all, as in a build from origin), the build leaves out what they feed and the manifest
// lists their `absent` caveat instead, so the app shows nothing in their place rather than anything invented.
import { existsSync } from 'node:fs';
import type { SourceSpec } from '../sources/registry';
import { PipelineError } from './errors';
import { loadSource, rawFilePath, type Loaded, type LoadOptions } from './load';

/**
 * The source loaded, or null when none of its raw data files is there. Some but not all missing is an error. Its
 * files in this repository (a curated translation list) are always there, so they say nothing of its absence.
 */
export function loadOptionalSource<T>(spec: SourceSpec<T>, opts: LoadOptions): Loaded<T> | null {
  if (!spec.absent) throw new PipelineError(`internal: ${spec.id} is not an optional source`);
  const present = spec.files.filter((file) => file.root === 'data' && existsSync(rawFilePath(file, opts)));
  return present.length === 0 ? null : loadSource(spec, opts);
}
