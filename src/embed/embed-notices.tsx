// What an embed says above or below its chart only now and then: the parts of its address it could not use,
// and the data version it was pinned to. A chunk of its own (EmbedApp.tsx loads it when there is something to
// say), so the embed of a plain chart never loads it.
import type { SpecNotice } from '../spec';
import { limitNotices } from '../spec/notices';
import { NoticeWords } from '../figure/NoticeWords';
import type { DataVersionPin } from './data-version';
import { pinMessage } from './pin-message';
import { ensureCatalogue, i18n } from '../i18n/i18n';
import { WithKept } from '../charts/kit/WithKept';
import { LATER_CATALOGUE } from '../i18n/later-catalogue';

/** Loads these notices' words (the later catalogue, lingui.config.ts: with the address notices' reasons,
 * src/spec/notice-words.ts) in Chinese or Russian: before they render. */
export const wordsReady = () => ensureCatalogue(LATER_CATALOGUE);

export function LinkNotices({ notices }: { notices: readonly SpecNotice[] }) {
  const { shown, more } = limitNotices(notices);
  return (
    <div className="notice embed-notice" role="status">
      <p>
        {i18n._({
          id: 'embed.notices',
          message: "Part of this chart's address could not be used, so defaults are shown instead:",
        })}
      </p>
      <ul>
        {shown.map((notice, i) => (
          <li key={`${notice.param}-${i}`}>
            {notice.param ? (
              <code translate="no">
                {notice.param}={notice.value}
              </code>
            ) : null}
            {notice.param ? ': ' : ''}
            <NoticeWords notice={notice} />
          </li>
        ))}
        {more > 0 && (
          <li>{i18n._({ id: 'embed.notices-more', message: 'and {count} more' }, { count: more })}</li>
        )}
      </ul>
    </div>
  );
}

/** The codes a pin's line quotes: data versions, and what failed to read (the reader's own words, a file and why). */
function pinCodes(pin: DataVersionPin): string[] {
  switch (pin.kind) {
    case 'current':
      return pin.pinned ? [pin.pinned] : [];
    case 'pinned':
      return [pin.dataVersion];
    case 'unavailable':
      return [pin.requested, ...(pin.shown ? [pin.shown] : [])];
    case 'unreadable':
      return [pin.requested, ...(pin.shown ? [pin.shown] : []), pin.reason];
  }
}

/** The data version the chart shows, when the embed was pinned to one; a newer one is linked (`currentUrl`). */
export function PinLine({
  pin,
  currentUrl,
  otherData,
}: {
  pin: DataVersionPin;
  currentUrl: string;
  /** The chart shows other data than the pinned version: a notice (its words say so; the colour only adds). */
  otherData: boolean;
}) {
  const message = pinMessage(pin);
  if (!message) return null;
  return (
    <p className={otherData ? 'notice embed-pin' : 'embed-pin'} data-pin={pin.kind} role="status">
      <WithKept text={message} kept={pinCodes(pin)} />
      {pin.kind === 'pinned' && pin.current !== null ? (
        <>
          {' '}
          <a href={currentUrl} data-current-data="">
            {i18n._({ id: 'embed.updated', message: 'Updated data available' })}
          </a>{' '}
          {i18n._({ id: 'embed.updated-version', message: '(version {version}).' }, { version: pin.current })}
        </>
      ) : null}
    </p>
  );
}
