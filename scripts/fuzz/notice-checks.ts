// Invariants every notice must keep, whatever the link said: plain short strings (they are shown as text).
import type { SpecNotice } from '../../src/spec';
import { noticeText } from '../../src/spec/notice-words';
import { invariant } from './target';

export function checkNotices(notices: readonly SpecNotice[]): void {
  for (const notice of notices) {
    invariant(typeof notice.param === 'string' && typeof notice.value === 'string', 'notice is not text');
    invariant(notice.param.length <= 61 && notice.value.length <= 61, 'notice value not shortened');
    const text = noticeText(notice);
    invariant(typeof text === 'string' && text.length > 0, 'notice without a message');
  }
}
