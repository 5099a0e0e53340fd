// The names of the parties a chart's words name most, in the active language: the common name where it differs
// from partners.csv's formal one, or an aggregate without a country name. Other codes: undefined.
import { i18n } from '../../i18n/i18n';

export function shortPartyName(code: string): string | undefined {
  switch (code) {
    case 'EU27':
    case 'G998':
      return i18n._({ id: 'party.eu', message: 'the EU' });
    case 'G001':
      return i18n._({ id: 'party.world', message: 'the world' });
    case 'RUS':
      return i18n._({ id: 'party.rus', message: 'Russia' });
    case 'CHN':
      return i18n._({ id: 'party.chn', message: 'China' });
  }
  return undefined;
}
