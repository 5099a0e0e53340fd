import { describe, expect, it } from 'vitest';
import { checkManifest } from '../../../src/data/manifest-check';
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
