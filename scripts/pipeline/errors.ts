// One error type for everything the pipeline can reject: the CLI prints its message alone, without a stack trace,
// because the message (source, file, row, column, what was expected) is what a maintainer needs.
export class PipelineError extends Error {
  override readonly name = 'PipelineError';
}

/** Where a raw value came from, for error messages: source id, raw file name and 1-based line number. */
export interface RowContext {
  source: string;
  file: string;
  line: number;
}

export function cellError(ctx: RowContext, column: string, expected: string, got: string): PipelineError {
  return new PipelineError(
    `${ctx.source}: ${ctx.file} row ${ctx.line}, column ${column}: ${expected}, got ${JSON.stringify(got)}`,
  );
}

export function isPipelineError(error: unknown): error is PipelineError {
  return error instanceof PipelineError;
}
