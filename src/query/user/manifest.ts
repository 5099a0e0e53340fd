// A reader's file in the manifest's terms: a source, a "file" (held in memory) and a caveat, added to the
// built-in manifest for charts that draw it, so the source line, the notes and every download name it the way
// they name the built-in sources. Nothing is written: this manifest lives as long as the page.
import { DATA_FILES } from '../../data/files';
import type { Caveat, Manifest, ManifestFile, ManifestSource } from '../../data/schema';
import { ENCODING_NAMES, FORMAT_NAMES } from './names';
import type { UserFile } from './user-file';

export const USER_CAVEAT_ID = 'user-file-unverified';

/** The text of the chart's source line for a reader's file. */
export const userCitation = (file: Pick<UserFile, 'name'>) =>
  `Your file ${file.name} (imported in this browser, not verified).`;

export function userSource(file: UserFile): ManifestSource {
  return {
    id: file.sourceId,
    title: `Your file: ${file.name}`,
    publisher: 'You (a file imported in this browser)',
    // No address: the file never left the reader's machine.
    url: '',
    licence: 'Yours: the file you imported',
    citation: userCitation(file),
    retrieved: file.importedAt,
    currency: null,
    // Null: the source line then cites it by its citation, which says what it is.
    frequency: null,
    rawFiles: [],
    caveats: [USER_CAVEAT_ID],
  };
}

function userCaveat(file: UserFile): Caveat {
  return {
    id: USER_CAVEAT_ID,
    title: 'Your file, not verified',
    text:
      `${file.name} was read in this browser (${FORMAT_NAMES[file.format]}, ${ENCODING_NAMES[file.encoding]}) and is shown ` +
      'as it is: this site has not checked its figures against any source. Rows it could not read were left ' +
      'out; the import page lists them.',
  };
}

function userFileEntry(file: UserFile): ManifestFile {
  return {
    path: DATA_FILES.inBrowserFile,
    kind: 'flows',
    description: `Your file ${file.name}, imported in this browser: ${file.rows.length} tidy rows.`,
    rows: file.rows.length,
    bytes: file.bytes,
    // The rows live only in memory: there is no published file to hash.
    sha256: '0'.repeat(64),
    sources: [file.sourceId],
    caveats: [USER_CAVEAT_ID],
  };
}

const cache = new WeakMap<Manifest, WeakMap<UserFile, Manifest>>();

/** The built-in manifest with the reader's file added (the same object for the same two inputs). */
export function userManifest(base: Manifest, file: UserFile): Manifest {
  let byFile = cache.get(base);
  if (!byFile) cache.set(base, (byFile = new WeakMap()));
  let manifest = byFile.get(file);
  if (!manifest) {
    manifest = {
      ...base,
      sources: [...base.sources, userSource(file)],
      files: [...base.files, userFileEntry(file)],
      caveats: [...base.caveats, userCaveat(file)],
    };
    byFile.set(file, manifest);
  }
  return manifest;
}
