// @vitest-environment node
// A registry row may bring a caveat of its own (id, title, text) instead of citing a shared one by id: the manifest
// cites it by id and lists its text, so a new source adds its caveat in its own row.
import { describe, expect, it } from 'vitest';
import type { Caveat } from '../../src/data/schema';
import { describeSource, ownCaveats } from '../../scripts/pipeline/manifest';
import { CAVEAT_IDS } from '../../scripts/pipeline/caveats';
import { REGISTRY, type SourceSpec } from '../../scripts/sources/registry';

const OWN: Caveat = { id: 'own-caveat', title: 'A caveat only this source has', text: 'Why it matters.' };
const spec: SourceSpec<unknown> = {
  ...REGISTRY.events,
  id: 'example',
  caveats: [CAVEAT_IDS.directOnly, OWN],
};

describe('a source’s own caveats', () => {
  it('are cited by id in the manifest source, beside the shared ones', () => {
    expect(describeSource(spec, []).caveats).toEqual([CAVEAT_IDS.directOnly, OWN.id]);
  });

  it('have their texts listed, and only those', () => {
    expect(ownCaveats(spec)).toEqual([OWN]);
    expect(ownCaveats(REGISTRY.baci)).toEqual([]);
  });
});
