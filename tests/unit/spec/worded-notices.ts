// Notices as a reader sees them: each reason worded (in the active language) as the notices' display does.
import type { SpecNotice } from '../../../src/spec';
import { noticeText } from '../../../src/spec/notice-words';

export const worded = (notices: readonly SpecNotice[]) =>
  notices.map((notice) => ({ param: notice.param, value: notice.value, message: noticeText(notice) }));
