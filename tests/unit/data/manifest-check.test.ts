import { describe, expect, it } from 'vitest';
import { checkManifest } from '../../../src/data/manifest-check';
import { manifest } from '../../../src/data/schema';
import { fixtureText } from './fixtures';

describe('checkManifest', () => {
  it('accepts a valid manifest', () => {
    const check = checkManifest(JSON.parse(fixtureText('manifest.json')));
    expect(check.ok && check.manifest.breaks.map((b) => b.id)).toEqual(['test-break', 'other-source-break']);
  });

  it('says where an invalid manifest is wrong', () => {
    const json = JSON.parse(fixtureText('manifest.json'));
    json.files[0].rows = 'many';
    const check = checkManifest(json);
    expect(check).toEqual({ ok: false, reason: expect.stringContaining('at files.0.rows') });
  });
});

/** Changes to a valid manifest: [where, new value]. `undefined` removes the key. */
const MUTATIONS: [string, unknown][] = [
  ['schemaVersion', 2],
  ['dataVersion', 5],
  ['sources', {}],
  ['sources.0.url', 'not a url'],
  ['sources.0.url', ' https://example.org/x '],
  ['sources.0.currency', 'GBP'],
  ['sources.0.currency', null],
  ['sources.0.frequency', 'Q'],
  ['sources.0.rawFiles.0.sha256', 'abc'],
  ['sources.0.rawFiles.0.bytes', '1234'],
  ['sources.0.rawFiles.0.bytes', 1.5],
  ['sources.0.caveats', [1]],
  ['sources.0.extra', 'kept out'],
  ['files.0.kind', 'tables'],
  ['files.0.rows', -1],
  ['files.0.rows', 2.5],
  ['files.0.bytes', Number.MAX_SAFE_INTEGER + 2],
  ['files.0.hs2', '85'],
  ['files.0.hs2', 85],
  ['files.0.hs2', undefined],
  ['files.0.path', undefined],
  ['files.0.zh', { description: '说明' }],
  ['files.0.ru', { description: 5 }],
  ['caveats.0.text', null],
  ['caveats.0.zh', { title: '标题', text: '正文' }],
  ['caveats.0.ru', { title: 'Заголовок' }],
  ['caveats.0.zh', { title: 5 }],
  ['caveats.0.ru', 'Заголовок'],
  ['breaks.0.zh', { label: '2022年起' }],
  ['breaks.0.ru', {}],
  ['breaks.0.zh', { label: null }],
  ['breaks.0.after', '2023-13'],
  ['breaks.0.before', '2024-01'],
  ['breaks', []],
];

function mutate(json: Record<string, unknown>, where: string, value: unknown): unknown {
  const copy = structuredClone(json);
  const keys = where.split('.');
  const last = keys.pop() as string;
  let target: Record<string, unknown> = copy;
  for (const key of keys) target = target[key] as Record<string, unknown>;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

describe('checkManifest = the zod manifest schema', () => {
  const valid = JSON.parse(fixtureText('manifest.json')) as Record<string, unknown>;

  it.each(MUTATIONS)('%s = %j: same verdict, same value, same place', (where, value) => {
    const json = mutate(valid, where, value);
    const zod = manifest.safeParse(json);
    const check = checkManifest(json);
    expect(check.ok).toBe(zod.success);
    if (check.ok && zod.success) expect(check.manifest).toEqual(zod.data);
    if (!check.ok && !zod.success) {
      const path = zod.error.issues[0]?.path.join('.') ?? '';
      expect(check.reason).toContain(path === '' ? 'unexpected content:' : `at ${path}:`);
    }
  });

  it('rejects what is not an object', () => {
    for (const json of [null, [], 'manifest', 1]) {
      expect(checkManifest(json).ok).toBe(false);
      expect(manifest.safeParse(json).success).toBe(false);
    }
  });
});
