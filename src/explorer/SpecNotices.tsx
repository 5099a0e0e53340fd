import { useState } from 'react';
import type { SpecNotice } from '../spec';
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
            Part of this link could not be used. The chart shows the default for{' '}
            {notices.length === 1 ? 'that part' : 'those parts'}:
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
            {more > 0 && <li>and {more} more</li>}
          </ul>
          <button type="button" className="link-button" onClick={() => setDismissedFor(searchKey)}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
