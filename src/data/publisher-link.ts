// Whether a published figure's link is its publisher's own page or a secondary report (an outlet quoting it).
// The raw files name the publisher (`source_as_attributed`) and one page (`url`); a page counts as the publisher's
// own only when it is on a site of the publisher named first and the attribution relays no one else ("via",
// "as reported by", "citing"). Anything else is said plainly to be a secondary report.
const PUBLISHER_SITES: readonly { publisher: RegExp; hosts: readonly string[] }[] = [
  { publisher: /^Carnegie/i, hosts: ['carnegieendowment.org'] },
  { publisher: /^(China|Chinese) customs|^GACC/i, hosts: ['customs.gov.cn'] },
];

const RELAYED = /\b(via|as reported by|reported by|citing|cited by|quoted by)\b/i;

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

export function isPublisherPage(sourceAsAttributed: string, url: string): boolean {
  const host = hostOf(url);
  if (host === null || RELAYED.test(sourceAsAttributed)) return false;
  return PUBLISHER_SITES.some(
    ({ publisher, hosts }) =>
      publisher.test(sourceAsAttributed.trim()) && hosts.some((h) => host === h || host.endsWith(`.${h}`)),
  );
}

/** The page's site, for "secondary report on tass.com". */
export function siteOf(url: string): string {
  return (hostOf(url) ?? url).replace(/^www\./, '');
}
