// A manifest that lists headline_figures.csv, as a build with the headline figures has (the app fixture's does
// not: like a build from origin, it has none).
import { DATA_FILES, SOURCE_IDS } from '../../../src/data/files';
import type { Manifest } from '../../../src/data/schema';

export function withHeadlineFile(manifest: Manifest): Manifest {
  return {
    ...manifest,
    files: [
      ...manifest.files,
      {
        path: DATA_FILES.headlineFigures,
        kind: 'headlines',
        description: 'Test headline figures.',
        rows: 1,
        bytes: 100,
        sha256: 'c'.repeat(64),
        sources: [SOURCE_IDS.headlineFigures],
        caveats: [],
      },
    ],
  };
}
