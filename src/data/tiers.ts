// The CHPL tiers in list order, without importing zod: browser code that only needs the order (charts,
// pickers) stays out of the validation code, which runs in the worker. A unit test keeps this equal to
// schema.ts's CHPL_TIERS.
import type { ChplTier } from './schema';

export const TIER_ORDER: readonly ChplTier[] = ['1', '2', '3.A', '3.B', '4.A', '4.B'];
