// Optional sources (registry `optional: true`): present, they are loaded and verified like any other; absent (no
// raw file at all, as in a build from origin), the build leaves out what they feed and the manifest says so, so
// the app shows nothing in their place rather than anything invented.
import { existsSync } from 'node:fs';
import type { Caveat } from '../../src/data/schema';
import type { SourceSpec } from '../sources/registry';
import { PipelineError } from './errors';
import { loadSource, rawFilePath, type Loaded, type LoadOptions } from './load';

export const HEADLINES_ABSENT: Caveat = {
  id: 'headline-figures-absent',
  title: 'Headline figures not included in this build',
  text:
    'Headline figures (numbers published by press, think tanks and officials) are not included in this build: ' +
    'they are compiled by hand from secondary reports and have no origin to download. The charts draw no ' +
    'published reference marks and the text cites no published figure; nothing stands in their place.',
};

export const GACC_TOTALS_ABSENT: Caveat = {
  id: 'gacc-reported-totals-absent',
  title: 'China Customs’ year-to-date totals not included in this build',
  text:
    'China Customs’ year-to-date totals as quoted by the press are not included in this build: they are compiled ' +
    'by hand from news reports and have no origin to download. The monthly totals chart draws no published marks ' +
    'and the story quotes no figure after the last month of the monthly data; nothing stands in their place.',
};

/** The source loaded, or null when none of its raw files is there. Some but not all missing is an error. */
export function loadOptionalSource<T>(spec: SourceSpec<T>, opts: LoadOptions): Loaded<T> | null {
  if (!spec.optional) throw new PipelineError(`internal: ${spec.id} is not an optional source`);
  const present = spec.files.filter((file) => existsSync(rawFilePath(file, opts)));
  return present.length === 0 ? null : loadSource(spec, opts);
}
