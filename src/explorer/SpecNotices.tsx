import { useState } from 'react';
import type { SpecNotice } from '../spec';
import { i18n } from '../i18n/i18n';
import { limitNotices } from '../spec/notices';

interface SpecNoticesProps {
  notices: readonly SpecNotice[];
  /** Identifies the link the notices are about; dismissing hides them for that link only. */
  searchKey: string;
}

/** What part of a link could not be used, and what is shown instead: never a crash, never silent. */
export function SpecNotices({ notices, searchKey }: SpecNoticesProps) {
  const [dismissedFor, setDismissedFor] = useState<string | null>(null);
  const visible = notices.length > 0 && dismissedFor !== searchKey;
  const { shown, more } = limitNotices(notices);
  return (
    <div role="status" className="spec-notices-region">
      {visible && (
        <div className="notice spec-notices">
          <p>
            {notices.length === 1
              ? i18n._({
                  id: 'notices.one',
                  message: 'Part of this link could not be used. The chart shows the default for that part:',
                })
              : i18n._({
                  id: 'notices.many',
                  message:
                    'Part of this link could not be used. The chart shows the default for those parts:',
                })}
          </p>
          <ul>
            {shown.map((notice, index) => (
              <li key={`${notice.param}-${index}`}>
                {notice.param ? (
                  <>
                    <code>{notice.param}</code>
                    {notice.value ? (
                      <>
                        {' = '}
                        <code>{notice.value}</code>
                      </>
                    ) : null}
                    {': '}
                  </>
                ) : null}
                {notice.message}
              </li>
            ))}
            {more > 0 && <li>{i18n._({ id: 'notices.more', message: 'and {more} more' }, { more })}</li>}
          </ul>
          <button type="button" className="link-button" onClick={() => setDismissedFor(searchKey)}>
            {i18n._({ id: 'notices.dismiss', message: 'Dismiss' })}
          </button>
        </div>
      )}
    </div>
  );
}
