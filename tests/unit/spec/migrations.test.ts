import { describe, expect, it } from 'vitest';
import {
  CURRENT_SPEC_VERSION,
  DEFAULT_SPEC,
  migrateParams,
  parseSearchParams,
  SPEC_MIGRATIONS,
  type ParamMigration,
} from '../../../src/spec';
import { worded } from './worded-notices';

// A made-up history for testing the mechanism: version 0 wrote `tiers=1,2`, version 1 wrote `measure=`,
// version 2 is the one the codecs read (`p=t:1,t:2`, `m=`).
const FAKE_MIGRATIONS: Record<number, ParamMigration> = {
  0: (params) => {
    const next = new Map(params);
    const tiers = next.get('tiers');
    next.delete('tiers');
    if (tiers !== undefined) {
      next.set(
        'p',
        tiers
          .split(',')
          .map((tier) => `t:${tier}`)
          .join(','),
      );
    }
    return next;
  },
  1: (params) => {
    const next = new Map(params);
    const measure = next.get('measure');
    next.delete('measure');
    if (measure !== undefined) next.set('m', measure);
    return next;
  },
};
const FAKE = { migrations: FAKE_MIGRATIONS, currentVersion: 2 };

describe('spec versions and migrations', () => {
  it('has a migration for every version before the current one', () => {
    for (let version = 0; version < CURRENT_SPEC_VERSION; version += 1) {
      expect(SPEC_MIGRATIONS[version], `migration from v${version}`).toBeTypeOf('function');
    }
  });

  it('reads a link without v= (version 0, before versioning) as today’s format', () => {
    const { spec, notices } = parseSearchParams('p=t:1&m=quantity');
    expect(notices).toEqual([]);
    expect(spec).toEqual({ ...DEFAULT_SPEC, products: [{ kind: 'tier', tier: '1' }], measure: 'quantity' });
  });

  it('migrates a version-0 link through every step', () => {
    const { spec, notices } = parseSearchParams('tiers=1,4.B&measure=quantity', FAKE);
    expect(notices).toEqual([]);
    expect(spec.products).toEqual([
      { kind: 'tier', tier: '1' },
      { kind: 'tier', tier: '4.B' },
    ]);
    expect(spec.measure).toBe('quantity');
  });

  it('applies only the steps after the link’s version', () => {
    const { spec, notices } = parseSearchParams('v=1&measure=quantity&tiers=1', FAKE);
    expect(spec.measure).toBe('quantity');
    expect(spec.products).toEqual(DEFAULT_SPEC.products);
    expect(worded(notices)).toEqual([
      expect.objectContaining({ param: 'tiers', message: expect.stringContaining('unknown') }),
    ]);
  });

  it('applies no step to a link of the current version', () => {
    const { spec, notices } = parseSearchParams('v=2&m=unit-value&measure=quantity', FAKE);
    expect(spec.measure).toBe('unit-value');
    expect(notices.map((n) => n.param)).toEqual(['measure']);
  });

  it('reads a link from a newer version as the current one, with a notice', () => {
    const { spec, notices } = parseSearchParams(`v=${CURRENT_SPEC_VERSION + 1}&m=quantity`);
    expect(spec.measure).toBe('quantity');
    expect(notices).toEqual([expect.objectContaining({ param: 'v' })]);
  });

  it('refuses to skip a missing step (a bug, caught here rather than by readers)', () => {
    expect(() => migrateParams(new Map(), 0, { 0: (p) => new Map(p) }, 2)).toThrow(/version 1/);
  });
});
