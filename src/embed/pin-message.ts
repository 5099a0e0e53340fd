// The line an embed shows about its data version: only the embed's notices chunk (embed-notices.tsx), loaded
// when there is something to say (pinSaysSomething, ./data-version.ts), needs its words, so they are not part
// of the embed's first load: they are in the later catalogue (lingui.config.ts), which that chunk loads before it
// renders. One whole sentence per case, with and without the version shown, so that Chinese and Russian order
// their words as they need.
import type { DataVersionPin } from './data-version';
import { i18n } from '../i18n/i18n';

/** The line the embed shows about its data version, or null when there is nothing to say. */
export function pinMessage(pin: DataVersionPin): string | null {
  switch (pin.kind) {
    case 'current':
      return pin.pinned
        ? i18n._(
            { id: 'pin.current', message: 'Data version {version} (pinned; these are the current data).' },
            { version: pin.pinned },
          )
        : null;
    case 'pinned':
      return i18n._(
        { id: 'pin.pinned', message: 'Data version {version} (pinned).' },
        { version: pin.dataVersion },
      );
    case 'unavailable':
      return pin.shown
        ? i18n._(
            {
              id: 'pin.gone-shown',
              message:
                'Data version {requested} was asked for but is no longer available; showing the current data (version {shown}) instead.',
            },
            { requested: pin.requested, shown: pin.shown },
          )
        : i18n._(
            {
              id: 'pin.gone',
              message:
                'Data version {requested} was asked for but is no longer available; showing the current data instead.',
            },
            { requested: pin.requested },
          );
    case 'unreadable':
      return pin.shown
        ? i18n._(
            {
              id: 'pin.unreadable-shown',
              message:
                'This chart was published with data version {requested}, whose files could not be read here ({reason}); showing the current data (version {shown}).',
            },
            { requested: pin.requested, reason: pin.reason, shown: pin.shown },
          )
        : i18n._(
            {
              id: 'pin.unreadable',
              message:
                'This chart was published with data version {requested}, whose files could not be read here ({reason}); showing the current data.',
            },
            { requested: pin.requested, reason: pin.reason },
          );
  }
}
