import { useEffect, useState } from 'react';
import type { SpecNotice } from '../spec';
import { activeLocale, ensureCatalogue, i18n } from '../i18n/i18n';
import { LATER_CATALOGUE } from '../i18n/later-catalogue';
import { limitNotices } from '../spec/notices';
import { NoticeWords } from '../figure/NoticeWords';

interface SpecNoticesProps {
  notices: readonly SpecNotice[];
  /** Identifies the link the notices are about; dismissing hides them for that link only. */
  searchKey: string;
}

/** The later catalogue was asked for: from then on it loads with every language the reader switches to. */
let wordsAsked = false;

/**
 * The reasons' words (src/spec/notice-words.ts) are in the later catalogue (lingui.config.ts), asked for the first
 * time a link has notices: in Chinese or Russian the notices show once it is in, in English at once.
 */
function useNoticeWords(needed: boolean): boolean {
  const [, setArrived] = useState(wordsAsked);
  useEffect(() => {
    if (!needed || wordsAsked) return;
    let live = true;
    void ensureCatalogue(LATER_CATALOGUE).then(() => {
      wordsAsked = true;
      if (live && activeLocale() !== 'en') setArrived(true);
    });
    return () => {
      live = false;
    };
  }, [needed]);
  return wordsAsked || activeLocale() === 'en';
}

/** What part of a link could not be used, and what is shown instead: never a crash, never silent. */
export function SpecNotices({ notices, searchKey }: SpecNoticesProps) {
  const [dismissedFor, setDismissedFor] = useState<string | null>(null);
  const wordsReady = useNoticeWords(notices.length > 0);
  const visible = notices.length > 0 && dismissedFor !== searchKey && wordsReady;
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
                    <code translate="no">{notice.param}</code>
                    {notice.value ? (
                      <>
                        {' = '}
                        <code translate="no">{notice.value}</code>
                      </>
                    ) : null}
                    {': '}
                  </>
                ) : null}
                <NoticeWords notice={notice} />
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
