/** A data file that could not be loaded or read at all. The message names the file for the reader. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`Could not load ${file}: ${reason}`);
    this.name = 'DataFileError';
  }
}
