// The embed's address: preset name, options and the chart spec's own parameters (parseEmbedParams).
import { EMBED_THEMES, isDataVersion, parseEmbedParams } from '../../../src/spec/embed-params';
import { specIssues } from '../../../src/spec/consistency';
import { MAX_LINK_LENGTH } from '../../../src/spec/link-length';
import { defineTarget, invariant, shorten, type FuzzOutcome } from '../target';
import { hostileQuery } from '../url-arbitraries';
import { checkNotices } from '../notice-checks';

export default defineTarget({
  name: 'embed-params',
  description: 'embed.html query string -> preset, options and chart spec',
  arbitrary: hostileQuery,
  show: (input: string) => shorten(input),
  run(input: string): FuzzOutcome {
    const request = parseEmbedParams(input);
    invariant(specIssues(request.spec).length === 0, 'invalid spec');
    invariant(EMBED_THEMES.includes(request.theme), `theme ${String(request.theme)}`);
    invariant(typeof request.controls === 'boolean', 'controls is not a boolean');
    invariant(request.dataVersion === null || isDataVersion(request.dataVersion), 'bad data version kept');
    invariant(request.presetId === null || Object.hasOwn(request, 'presetId'), 'presetId');
    checkNotices(request.notices);
    if (input.length > MAX_LINK_LENGTH) {
      invariant(request.notices.length === 1, 'an over-long address gives exactly one notice');
      return 'refused';
    }
    return request.notices.length > 0 ? 'notice' : 'clean';
  },
});
