// Short names for the CHPL tiers, summarising which goods each tier's HS codes cover (see chpl.csv).
import type { ChplTier } from '../../data/schema';

export const TIER_DESCRIPTIONS: Record<ChplTier, string> = {
  '1': 'integrated circuits',
  '2': 'radio, navigation and capacitors',
  '3.A': 'semiconductors, connectors and other components',
  '3.B': 'bearings, aircraft parts and optics',
  '4.A': 'computing units, chip-making and test equipment',
  '4.B': 'machine tools',
};
