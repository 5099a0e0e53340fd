// Where a chart is shared from: the address a reader copies, and the plain share links of the social sites
// (ordinary links that open the site's own share page: no script of theirs runs here, nothing is sent
// until the reader clicks). Loaded with the Share panel, not with the chart.
import { prerenderedIdOf } from '../prerendered-files';
import { specToQueryString, type ChartSpec } from '../../spec';
import { explorerPath } from './app-links';

/** A story step's id among the shared charts (presets keep their own ids). */
export function storyShareId(stepId: string): string {
  return `story-${stepId}`;
}

/**
 * The page the build writes for each shared chart (scripts/prerender/share-pages.ts): its social card in the
 * meta tags a link preview reads, then straight on to the chart in the app.
 */
export function sharePageFile(shareId: string): string {
  return `share/${shareId}.html`;
}

/** The chart's social card (a 1200x630 PNG made by the build from the chart's SVG). */
export function cardFile(shareId: string): string {
  return `cards/${shareId}.png`;
}

/** The app's route that shows a shared chart: the story at its step, or the explorer with its spec. */
export function appRouteOf(target: { stepId: string } | { spec: ChartSpec }): string {
  if ('stepId' in target) return `#/?step=${encodeURIComponent(target.stepId)}`;
  return explorerPath(specToQueryString(target.spec));
}

export interface ShareTarget {
  /** The app's base URL, absolute, ending in "/". */
  appBase: string;
  spec?: ChartSpec | undefined;
  /** The story step that shows the chart, if it is a story chart. */
  stepId?: string | undefined;
}

/** The id of the build's share page for this chart, if the build makes one (story steps and presets). */
export function shareIdOf(target: Pick<ShareTarget, 'spec' | 'stepId'>): string | null {
  if (target.stepId) return storyShareId(target.stepId);
  return target.spec ? prerenderedIdOf(target.spec) : null;
}

/**
 * The address to share: the chart's own share page (its card in the link preview; it leads on to the chart),
 * else the explorer view of its spec (the story's card then).
 */
export function shareUrl(target: ShareTarget): string {
  const id = shareIdOf(target);
  if (id) return `${target.appBase}${sharePageFile(id)}`;
  return target.spec ? `${target.appBase}${appRouteOf({ spec: target.spec })}` : target.appBase;
}

export interface SocialLink {
  site: string;
  href: string;
}

/** Plain share URLs, each the site's documented "share this link" address. */
export function socialLinks(url: string, title: string): SocialLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { site: 'X', href: `https://x.com/intent/post?text=${t}&url=${u}` },
    {
      site: 'Bluesky',
      href: `https://bsky.app/intent/compose?text=${encodeURIComponent(`${title} ${url}`)}`,
    },
    { site: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { site: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { site: 'Email', href: `mailto:?subject=${t}&body=${encodeURIComponent(`${title}\n${url}`)}` },
  ];
}
