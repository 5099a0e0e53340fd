// Reading a raw or maintained file: only regular files are read. A directory, a FIFO (reading one blocks until a
// writer comes, possibly forever), a socket or a device in a file's place, or a file the user may not read, ends
// the run with one line naming the file and the problem, before anything is written.
import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import { PipelineError } from './errors';

/** What is at a path instead of a regular file, in words. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

const CODES: Readonly<Record<string, string>> = {
  EACCES: 'permission denied (the file cannot be read by this user; check its mode)',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory, not a file',
  ENOENT: 'not found',
  ELOOP: 'too many levels of symbolic links',
  EIO: 'input/output error',
};

/** The one-line reason an open or read failed, for `label` (how the file is named in messages). */
export function describeReadError(label: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const reason =
    (code !== undefined && CODES[code]) || (error instanceof Error ? error.message : String(error));
  return `${label}: cannot read: ${reason}`;
}

/**
 * The bytes of `file`, a regular file. Opened without blocking (O_NONBLOCK) and checked on the open descriptor,
 * so a FIFO is refused instead of waited on, and nothing can swap the file between the check and the read.
 * `label` names the file in the error (e.g. "chpl: chpl.csv at /path").
 */
export function readRegularFile(file: string, label: string = file): Buffer {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new PipelineError(describeReadError(label, error));
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile())
      throw new PipelineError(`${label}: cannot read: ${kindOf(stats)}, not a regular file`);
    return readFileSync(fd);
  } catch (error) {
    if (error instanceof PipelineError) throw error;
    throw new PipelineError(describeReadError(label, error));
  } finally {
    closeSync(fd);
  }
}
