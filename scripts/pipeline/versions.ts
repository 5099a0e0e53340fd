// Earlier data versions, kept for pinned embeds: when a new public/data is swapped in, the outgoing version's
// files (those its manifest lists, and the manifest) are archived under versions/<dataVersion>/, and the
// archive is carried over, newest first, up to a cap. The current version is served from the top level, and
// archived by the refresh that replaces it, so a link pinned to it keeps working.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

export const VERSIONS_DIR = 'versions';
/** Archived versions kept beside the current one (each is a full copy of the data, a few MB). */
export const KEPT_VERSIONS = 5;
const MANIFEST = 'manifest.json';
const DATA_VERSION = /^[0-9a-f]{6,64}$/;

interface ArchivableManifest {
  dataVersion: string;
  generatedAt: string;
  files: { path: string }[];
}

/** The manifest in `dir`, if it is one an archive can be made from. */
export function readArchivable(dir: string): ArchivableManifest | null {
  try {
    const json = JSON.parse(readFileSync(path.join(dir, MANIFEST), 'utf8')) as Partial<ArchivableManifest>;
    const { dataVersion, generatedAt, files } = json;
    if (typeof dataVersion !== 'string' || !DATA_VERSION.test(dataVersion)) return null;
    if (!Array.isArray(files) || files.some((file) => typeof file?.path !== 'string')) return null;
    return { dataVersion, generatedAt: typeof generatedAt === 'string' ? generatedAt : '', files };
  } catch {
    return null;
  }
}

/** A file path from a manifest, only if it stays inside the data directory. */
function insidePath(dir: string, relative: string): string | null {
  const full = path.resolve(dir, ...relative.split('/'));
  return full.startsWith(path.resolve(dir) + path.sep) ? full : null;
}

/** Copies the version in `fromDir` to `archiveDir/<dataVersion>/`; an incomplete version is not archived. */
function archiveVersion(fromDir: string, archiveDir: string): void {
  const manifest = readArchivable(fromDir);
  if (!manifest) return;
  const destination = path.join(archiveDir, manifest.dataVersion);
  if (existsSync(path.join(destination, MANIFEST))) return;
  const sources = manifest.files.map((file) => insidePath(fromDir, file.path));
  if (sources.some((source) => source === null || !existsSync(source))) return;
  for (const [i, file] of manifest.files.entries()) {
    const target = path.join(destination, ...file.path.split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    cpSync(sources[i] as string, target);
  }
  cpSync(path.join(fromDir, MANIFEST), path.join(destination, MANIFEST));
}

/** Keeps the `keep` newest archived versions (by their manifest's generatedAt); removes the rest and strays. */
export function pruneVersions(archiveDir: string, keep: number): void {
  if (!existsSync(archiveDir)) return;
  const versions = readdirSync(archiveDir).map((name) => ({
    name,
    manifest: readArchivable(path.join(archiveDir, name)),
  }));
  const kept = new Set(
    versions
      .filter((version) => version.manifest?.dataVersion === version.name)
      .sort((a, b) => (b.manifest?.generatedAt ?? '').localeCompare(a.manifest?.generatedAt ?? ''))
      .slice(0, keep)
      .map((version) => version.name),
  );
  for (const version of versions) {
    if (!kept.has(version.name))
      rmSync(path.join(archiveDir, version.name), { recursive: true, force: true });
  }
}

/** Copies every archived version found in `versionsDir` (children named by their own dataVersion). */
function copyArchive(versionsDir: string, archiveDir: string): void {
  if (!existsSync(versionsDir)) return;
  for (const name of readdirSync(versionsDir)) {
    const from = path.join(versionsDir, name);
    if (readArchivable(from)?.dataVersion !== name) continue;
    if (existsSync(path.join(archiveDir, name, MANIFEST))) continue;
    cpSync(from, path.join(archiveDir, name), { recursive: true });
  }
}

/**
 * Before `newDir` replaces `currentDir` (null: there is none): carry the archive over, archive the outgoing
 * version (unless the new one is the same), and cap the archive. Then every version in `given` is added:
 * each is a data directory (its own version and its versions/ are taken) or a folder of archived versions
 * (a deployment's earlier dist/data or dist/data/versions). Given versions are all kept, whatever the cap:
 * the deployment chose them.
 */
export function keepDataVersions(
  currentDir: string | null,
  newDir: string,
  given: readonly string[] = [],
  keep = KEPT_VERSIONS,
): void {
  const archiveDir = path.join(newDir, VERSIONS_DIR);
  const incoming = readArchivable(newDir);
  if (currentDir !== null && existsSync(currentDir)) {
    copyArchive(path.join(currentDir, VERSIONS_DIR), archiveDir);
    const outgoing = readArchivable(currentDir);
    if (outgoing && outgoing.dataVersion !== incoming?.dataVersion) archiveVersion(currentDir, archiveDir);
    pruneVersions(archiveDir, keep);
  }
  for (const dir of given) {
    copyArchive(path.join(dir, VERSIONS_DIR), archiveDir);
    copyArchive(dir, archiveDir);
    const version = readArchivable(dir);
    if (version && version.dataVersion !== incoming?.dataVersion) archiveVersion(dir, archiveDir);
  }
}
