// Short names for the CHPL tiers, summarising which goods each tier's HS codes cover (see chpl.csv), in the
// reader's language. Only the explorer and the story name tiers this way, so their messages go to the pages'
// catalogue (lingui.config.ts), not to the one every embed loads.
import type { ChplTier } from '../../data/schema';
import { i18n } from '../../i18n/i18n';

export function tierName(tier: ChplTier): string {
  switch (tier) {
    case '1':
      return i18n._({ id: 'tiers.name.1', message: 'integrated circuits' });
    case '2':
      return i18n._({ id: 'tiers.name.2', message: 'radio, navigation and capacitors' });
    case '3.A':
      return i18n._({ id: 'tiers.name.3a', message: 'semiconductors, connectors and other components' });
    case '3.B':
      return i18n._({ id: 'tiers.name.3b', message: 'bearings, aircraft parts and optics' });
    case '4.A':
      return i18n._({ id: 'tiers.name.4a', message: 'computing units, chip-making and test equipment' });
    case '4.B':
      return i18n._({ id: 'tiers.name.4b', message: 'machine tools' });
  }
}
