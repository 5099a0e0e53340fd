// A link to a reader's file where no file is loaded (a reload forgets it; another browser never had it) gets
// the default chart and a notice naming its `d`, like any other parameter that cannot be used.
import { DATASETS, DEFAULT_SPEC, defaultSpecFor, type ChartSpec, type SpecNotice } from '../../spec';
import { i18n } from '../../i18n/i18n';
import type { UserFile } from '../../query/user/user-file';

/** Read when the notice is made, in the language then active. */
export const noFileMessage = () =>
  i18n._({
    id: 'user.no-file',
    message:
      'your own file is not loaded in this page (an imported file stays only in the page that read it, and a reload forgets it); showing the default chart. Import it again from “Your file”',
  });

export interface SpecWithNotices {
  spec: ChartSpec;
  notices: readonly SpecNotice[];
}

export function withUserFile(parsed: SpecWithNotices, file: UserFile | null): SpecWithNotices {
  if (file !== null || !DATASETS[parsed.spec.dataset].inBrowser) return parsed;
  return {
    spec: defaultSpecFor(DEFAULT_SPEC.dataset),
    notices: [
      ...parsed.notices,
      { param: 'd', value: parsed.spec.dataset, reason: { id: 'text', text: noFileMessage() } },
    ],
  };
}
