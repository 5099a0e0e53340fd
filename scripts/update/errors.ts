// A run that could not fetch every chunk: it names what is missing, so a rerun (which reuses the cache) can finish.
import type { ChunkQuery } from './plan';
import { describeChunk } from './plan';

export interface MissingChunk {
  key: string;
  chunk: ChunkQuery;
  reason: string;
}

export class IncompleteUpdateError extends Error {
  override readonly name = 'IncompleteUpdateError';

  constructor(
    readonly missing: readonly MissingChunk[],
    /** Chunks that did arrive; their responses are cached for the next run. */
    readonly completed: number,
  ) {
    const listed = missing
      .slice(0, 10)
      .map((m) => `  - ${describeChunk(m.chunk)} [${m.key}]: ${m.reason}`)
      .join('\n');
    const more = missing.length > 10 ? `\n  ... and ${missing.length - 10} more` : '';
    super(
      `Comtrade update incomplete: ${missing.length} request(s) missing, ${completed} done and cached. ` +
        `Nothing was written; rerun to resume.\n${listed}${more}`,
    );
  }
}
