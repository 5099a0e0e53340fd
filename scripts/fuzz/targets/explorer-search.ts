// The explorer's link: the router's search codec, then the chart spec's parser (what useExplorerSpec does).
import { parseRawSearch, rawSearchToParams, validateRawSearch } from '../../../src/spec/url-search';
import { parseSearchParams } from '../../../src/spec';
import { specIssues } from '../../../src/spec/consistency';
import { MAX_LINK_LENGTH } from '../../../src/spec/link-length';
import { defineTarget, invariant, shorten, type FuzzOutcome } from '../target';
import { hostileQuery } from '../url-arbitraries';
import { checkNotices } from '../notice-checks';

export default defineTarget({
  name: 'explorer-search',
  description: 'explorer hash-route search string -> router codec -> chart spec',
  arbitrary: hostileQuery,
  show: (input: string) => shorten(input),
  run(input: string): FuzzOutcome {
    const search = validateRawSearch(parseRawSearch(input));
    const { spec, notices } = parseSearchParams(rawSearchToParams(search));
    invariant(specIssues(spec).length === 0, `invalid spec: ${JSON.stringify(specIssues(spec))}`);
    checkNotices(notices);
    if (input.length > MAX_LINK_LENGTH) {
      invariant(notices.length === 1, 'an over-long link gives exactly one notice');
      return 'refused';
    }
    return notices.length > 0 ? 'notice' : 'clean';
  },
});
