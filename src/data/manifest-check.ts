// Validates manifest.json against the data contract. Runs in the worker, with the CSV checks, without zod:
// the shapes below mirror the zod `manifest` schema in schema.ts, and tests hold the two to the same verdicts.
import { count, listOf, nullable, oneOf, record, text, type Shape } from './check/shape';
import { TABLE_KINDS } from './csv/row-rules';
import { PERIOD_MESSAGE, PERIOD_PATTERN } from './patterns';
import type { Manifest } from './schema';

const SHA256 = /^[0-9a-f]{64}$/;
const str = text();
const strings = listOf(str);
const period = text({ pattern: PERIOD_PATTERN, message: PERIOD_MESSAGE });
/** A caveat's, break's or file's Chinese or Russian words (schema.ts), absent where there is no translation. */
const caveatWords = record({ title: str, text: str }, ['title', 'text']);
const breakWords = record({ label: str });
const fileWords = record({ description: str });

const manifestShape: Shape = record({
  schemaVersion: oneOf([1]),
  dataVersion: str,
  generatedAt: str,
  sources: listOf(
    record({
      id: str,
      title: str,
      publisher: str,
      url: text({ url: true }),
      licence: str,
      citation: str,
      retrieved: str,
      currency: nullable(oneOf(['USD', 'EUR', 'CNY'])),
      frequency: nullable(oneOf(['A', 'M'])),
      rawFiles: listOf(record({ name: str, sha256: text({ pattern: SHA256 }), bytes: count() })),
      caveats: strings,
    }),
  ),
  files: listOf(
    record(
      {
        path: str,
        kind: oneOf(TABLE_KINDS),
        description: str,
        rows: count({ int: true }),
        bytes: count({ int: true }),
        sha256: text({ pattern: SHA256 }),
        sources: strings,
        caveats: strings,
        hs2: str,
        zh: fileWords,
        ru: fileWords,
      },
      ['hs2', 'zh', 'ru'],
    ),
  ),
  caveats: listOf(record({ id: str, title: str, text: str, zh: caveatWords, ru: caveatWords }, ['zh', 'ru'])),
  breaks: listOf(
    record(
      {
        id: str,
        source: str,
        after: period,
        before: period,
        label: str,
        caveat: str,
        zh: breakWords,
        ru: breakWords,
      },
      ['zh', 'ru'],
    ),
  ),
});

export type ManifestCheck = { ok: true; manifest: Manifest } | { ok: false; reason: string };

export function checkManifest(json: unknown): ManifestCheck {
  const result = manifestShape(json);
  if (result.ok) return { ok: true, manifest: result.value as Manifest };
  const where = result.path.length > 0 ? ` at ${result.path.join('.')}` : '';
  return { ok: false, reason: `unexpected content${where}: ${result.message}` };
}
