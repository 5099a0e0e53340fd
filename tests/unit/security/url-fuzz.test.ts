// The fast fuzz profile (`npm run fuzz` is the long one): every target in scripts/fuzz/targets/ (the URL codecs
// and every importer) on a few hundred hostile inputs. A crash or broken invariant fails the test, and fast-check shrinks the input it reports.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadTargets } from '../../../scripts/fuzz/registry';

const targets = await loadTargets();

describe('fuzz targets, fast profile', () => {
  it('finds the URL codec and importer targets in the registry', () => {
    expect(targets.map((target) => target.name)).toEqual(
      expect.arrayContaining(['embed-params', 'explorer-search', 'importer-tidy', 'importer-gacc-en']),
    );
  });

  it.each(targets.map((target) => [target.name, target] as const))(
    '%s: no crash on 300 inputs',
    (_name, target) => {
      const outcomes = new Set<string>();
      fc.assert(
        fc.property(target.arbitrary, (input) => {
          outcomes.add(target.run(input));
        }),
        { numRuns: 300, seed: 20261202 },
      );
      expect([...outcomes].every((outcome) => ['clean', 'notice', 'refused'].includes(outcome))).toBe(true);
    },
    // An importer target reads up to 400 KB per input: a few seconds on a loaded machine, not a hang.
    60_000,
  );
});
