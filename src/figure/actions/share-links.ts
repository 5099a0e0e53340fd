// Where a chart is shared from: the address a reader copies, and the plain share links of the social sites
// (ordinary links that open the site's own share page: no script of theirs runs here, nothing is sent
// until the reader clicks). Loaded with the Share panel, not with the chart.
import { languagePart, prerenderedIdOf } from '../prerendered-files';
import { LANG_PARAM, SOURCE_LOCALE, type Locale } from '../../i18n/locales';
import { specToQueryString, type ChartSpec } from '../../spec';
import { explorerPath } from './app-links';

/** A story step's id among the shared charts (presets keep their own ids). */
export function storyShareId(stepId: string): string {
  return `story-${stepId}`;
}

/**
 * The page the build writes for each shared chart (scripts/prerender/social-meta.ts), in each language
 * (share/<id>.html, share/<id>.zh.html, ...): its social card in the meta tags a link preview reads, then
 * straight on to the chart in the app, in that language.
 */
export function sharePageFile(shareId: string, locale: Locale = SOURCE_LOCALE): string {
  return `share/${shareId}${languagePart(locale)}.html`;
}

/** The chart's social card (a 1200x630 PNG made by the build from the chart's SVG), in its language. */
export function cardFile(shareId: string, locale: Locale = SOURCE_LOCALE): string {
  return `cards/${shareId}${languagePart(locale)}.png`;
}

/**
 * The app's route that shows a shared chart: the story at its step, or the explorer with its spec; a language
 * other than English is kept in the link (lang=), so the reader it is sent to sees the chart as it was shared.
 */
export function appRouteOf(
  target: { stepId: string } | { spec: ChartSpec },
  locale: Locale = SOURCE_LOCALE,
): string {
  const lang = locale === SOURCE_LOCALE ? '' : `&${LANG_PARAM}=${locale}`;
  if ('stepId' in target) return `#/?step=${encodeURIComponent(target.stepId)}${lang}`;
  return `${explorerPath(specToQueryString(target.spec))}${lang}`;
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
 * The address to share, in the reader's language: the chart's own share page (its card in the link preview; it
 * leads on to the chart), else the explorer view of its spec (the story's card then).
 */
export function shareUrl(target: ShareTarget, locale: Locale = SOURCE_LOCALE): string {
  const id = shareIdOf(target);
  if (id) return `${target.appBase}${sharePageFile(id, locale)}`;
  if (target.spec) return `${target.appBase}${appRouteOf({ spec: target.spec }, locale)}`;
  return locale === SOURCE_LOCALE ? target.appBase : `${target.appBase}#/?${LANG_PARAM}=${locale}`;
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
