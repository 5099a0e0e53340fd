// Builds an in-memory RawFile from hand-written CSV text, for parser unit tests.
import type { RawFile } from '../../../scripts/pipeline/resolve';
import { sha256Hex } from '../../../scripts/pipeline/resolve';

export function rawFile(source: string, name: string, text: string): RawFile {
  return {
    source,
    name,
    path: `/fixture/${name}`,
    text,
    sha256: sha256Hex(text),
    bytes: Buffer.byteLength(text),
  };
}
