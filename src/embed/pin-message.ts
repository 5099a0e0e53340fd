// The line an embed shows about its data version: only the embed's notices chunk (embed-notices.tsx), loaded
// when there is something to say (pinSaysSomething, ./data-version.ts), needs its words, so they are not part
// of the embed's first load.
import type { DataVersionPin } from './data-version';

const shownVersion = (shown: string | null) => (shown ? ` (version ${shown})` : '');

/** The line the embed shows about its data version, or null when there is nothing to say. */
export function pinMessage(pin: DataVersionPin): string | null {
  switch (pin.kind) {
    case 'current':
      return pin.pinned ? `Data version ${pin.pinned} (pinned; these are the current data).` : null;
    case 'pinned':
      return `Data version ${pin.dataVersion} (pinned).`;
    case 'unavailable':
      return (
        `Data version ${pin.requested} was asked for but is no longer available; ` +
        `showing the current data${shownVersion(pin.shown)} instead.`
      );
    case 'unreadable':
      return (
        `This chart was published with data version ${pin.requested}, whose files could not be read here ` +
        `(${pin.reason}); showing the current data${shownVersion(pin.shown)}.`
      );
  }
}
