// Validates manifest.json against the data contract. Runs in the worker, with the CSV checks.
import { manifest, type Manifest } from './schema';

export type ManifestCheck = { ok: true; manifest: Manifest } | { ok: false; reason: string };

export function checkManifest(json: unknown): ManifestCheck {
  const result = manifest.safeParse(json);
  if (result.success) return { ok: true, manifest: result.data };
  const first = result.error.issues[0];
  const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
  return { ok: false, reason: `unexpected content${where}: ${first?.message ?? 'invalid'}` };
}
