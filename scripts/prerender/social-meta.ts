// The meta tags a link preview reads (Open Graph, X/Twitter cards), and the small page the build writes for
// each shared chart: its card in those tags, then on to the chart in the app. Link previews do not run
// scripts or read the part of a URL after "#", so each chart a reader can share needs a page of its own.

/** The social card's size (src/export/figure-svg.ts, FIGURE_SIZES.social; tests check they agree). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export interface SocialCard {
  title: string;
  description: string;
  /** Absolute: link previews do not resolve relative image addresses. */
  image: string;
  imageAlt: string;
  /** The page's own absolute address. */
  url: string;
  /** The site's name in the card's language (English when absent). */
  siteName?: string;
}

const SITE_NAME = 'China–Russia dual-use trade explorer';
const CSP_META = /<meta http-equiv="Content-Security-Policy"[^>]*>/;
/** A page's own image tags (index.html's, which point at a relative screenshot), replaced by the card's. */
const IMAGE_TAGS = /[ \t]*<meta\s+(?:property="og:image[:a-z]*"|name="twitter:image[:a-z]*")[^>]*?\/?>\n?/g;
const COMMENTED = /[ \t]*<!--[^>]*og-image[^>]*-->\n?/g;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function socialMeta(card: SocialCard): string {
  const tags: [string, string, string][] = [
    ['property', 'og:type', 'website'],
    ['property', 'og:site_name', card.siteName ?? SITE_NAME],
    ['property', 'og:title', card.title],
    ['property', 'og:description', card.description],
    ['property', 'og:url', card.url],
    ['property', 'og:image', card.image],
    ['property', 'og:image:width', String(CARD_WIDTH)],
    ['property', 'og:image:height', String(CARD_HEIGHT)],
    ['property', 'og:image:alt', card.imageAlt],
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:title', card.title],
    ['name', 'twitter:description', card.description],
    ['name', 'twitter:image', card.image],
    ['name', 'twitter:image:alt', card.imageAlt],
  ];
  return tags
    .map(([kind, key, value]) => `<meta ${kind}="${key}" content="${escapeHtml(value)}" />`)
    .join('\n    ');
}

/** The image tags alone (a page that keeps its own title and description: the story's index.html). */
function imageMeta(card: SocialCard): string {
  return socialMeta(card)
    .split('\n    ')
    .filter((tag) => /"(og:image[:a-z]*|twitter:image[:a-z]*)"/.test(tag))
    .join('\n    ');
}

/** A built page with its image tags (and the comment on them) replaced by the card's. */
export function withSocialImage(html: string, card: SocialCard): string {
  if (!html.includes('</head>')) throw new Error('social meta: the page has no </head>');
  const cleaned = html.replace(COMMENTED, '').replace(IMAGE_TAGS, '');
  return cleaned.replace('</head>', `  ${imageMeta(card)}\n  </head>`);
}

/** A share page's words in its language (the English ones by default). */
export interface SharePageWords {
  /** Its `<html lang>`. */
  lang: string;
  siteName: string;
  /** The link to the chart, for readers whose browser does not follow the refresh. */
  openChart: string;
}

const ENGLISH_WORDS: SharePageWords = {
  lang: 'en',
  siteName: SITE_NAME,
  openChart: `Open the chart in the ${SITE_NAME}`,
};

/**
 * dist/share/<id>.html (and <id>.zh.html, <id>.ru.html): the card's tags for link previews, and for readers an
 * immediate move to the chart in the app (a meta refresh: no script, so the site's Content-Security-Policy,
 * copied from `template`, holds) with a plain link where refresh is off.
 */
export function sharePage(
  template: string,
  card: SocialCard,
  route: string,
  words: SharePageWords = ENGLISH_WORDS,
): string {
  const csp = CSP_META.exec(template)?.[0];
  if (!csp) throw new Error('share page: the built embed.html has no Content-Security-Policy meta tag');
  const target = escapeHtml(`../${route}`);
  return `<!doctype html>
<html lang="${escapeHtml(words.lang)}">
  <head>
    <meta charset="utf-8" />
    ${csp}
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${escapeHtml(card.title)} · ${escapeHtml(words.siteName)}</title>
    <link rel="canonical" href="${escapeHtml(card.url)}" />
    ${socialMeta(card)}
    <meta http-equiv="refresh" content="0; url=${target}" />
  </head>
  <body>
    <main>
      <h1>${escapeHtml(card.title)}</h1>
      <p><a href="${target}">${escapeHtml(words.openChart)}</a></p>
    </main>
  </body>
</html>
`;
}
