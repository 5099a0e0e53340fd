import { expect, it } from 'vitest';
import { CHPL_TIERS } from '../../../src/data/schema';
import { TIER_ORDER } from '../../../src/data/tiers';

it('TIER_ORDER is the schema’s list of CHPL tiers, in order', () => {
  expect(TIER_ORDER).toEqual(CHPL_TIERS);
});
