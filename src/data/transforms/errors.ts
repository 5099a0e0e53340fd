// Transforms refuse inputs that would produce a misleading series (mixed frequencies or units, an
// annual series in a monthly rolling sum) with one typed error, so callers can say why.
export type TransformErrorCode = 'frequency-mismatch' | 'unit-mismatch' | 'not-monthly' | 'invalid-window';

export class TransformError extends Error {
  readonly code: TransformErrorCode;

  constructor(code: TransformErrorCode, message: string) {
    super(message);
    this.name = 'TransformError';
    this.code = code;
  }
}
