// The story for readers without JavaScript: dist/static-story.html, the build's index.html with the story
// already drawn in it (./static-story.tsx) and no scripts, and index.html sending a browser without JavaScript
// there (a refresh inside <noscript>, which only such a browser reads). Pure string work, tested on its own.

export const STATIC_STORY_FILE = 'static-story.html';

const ROOT_DIV = '<div id="root"></div>';
const NOSCRIPT = /<noscript\s*>[\s\S]*?<\/noscript\s*>/;
const SCRIPTS = /\s*<script\b[^>]*>[\s\S]*?<\/script>/g;
const MAIN_OPEN = /<main\b[^>]*>/;
const MODULE_PRELOADS = /\s*<link rel="modulepreload"[^>]*>/g;

/** The app's own links ("/explorer", "/sources#x") lead to its hash routes, relative to the page. */
export function hashRouteLinks(html: string): string {
  return html.replace(/href="\/(?!\/)([^"]*)"/g, (_match, path: string) => `href="./#/${path}"`);
}

export interface StaticStoryFacts {
  dataVersion: string;
  generatedAt: string;
  /** The explorer's default view, prerendered (dist/embed-explorer-default.html): a chart without JavaScript too. */
  explorerFile: string;
}

function notice({ dataVersion, generatedAt, explorerFile }: StaticStoryFacts): string {
  return (
    '<p class="static-story-notice" role="note">This is the story as the site drew it when it was built ' +
    `(data version ${dataVersion}, ${generatedAt.slice(0, 10)}), for reading without JavaScript: every chart ` +
    'with its notes, source line and table, and every finding computed from the same data. With JavaScript, ' +
    '<a href="./">the story</a> has the interactive charts, the explorer and the downloads. The explorer’s ' +
    `default chart, also drawn without JavaScript: <a href="${explorerFile}">${explorerFile}</a>.</p>`
  );
}

export function staticStoryPage(template: string, storyHtml: string, facts: StaticStoryFacts): string {
  if (!template.includes(ROOT_DIV)) throw new Error(`static story: index.html has no ${ROOT_DIV}`);
  // The notice opens the page's <main>, under the site's header, where the story starts.
  const story = hashRouteLinks(storyHtml.replace(SCRIPTS, '')).replace(
    MAIN_OPEN,
    (main) => `${main}${notice(facts)}`,
  );
  if (!story.includes('static-story-notice')) throw new Error('static story: the story has no <main>');
  const root = `<div id="root" data-static-story="true">${story}</div>`;
  return template
    .replace(SCRIPTS, '')
    .replace(MODULE_PRELOADS, '')
    .replace(NOSCRIPT, '')
    .replace(ROOT_DIV, root);
}

/**
 * index.html: the body says where the static story is, for a browser without JavaScript. `redirect`: such a
 * browser is also sent there at once (a refresh inside <noscript>, which only it reads), for an index.html whose
 * #root is empty; one that holds the story already drawn (./plugin.ts) shows it and only links there.
 */
export function withStaticStoryLink(indexHtml: string, { redirect = true } = {}): string {
  if (!NOSCRIPT.test(indexHtml)) throw new Error('static story: index.html has no <noscript> to replace');
  // The body's notice first: the refresh added to <head> is a <noscript> too.
  const linked = indexHtml.replace(
    NOSCRIPT,
    `<noscript><p>The interactive charts need JavaScript. <a href="${STATIC_STORY_FILE}">Read the story ` +
      'with every chart and table as the build drew them</a>.</p></noscript>',
  );
  if (!redirect) return linked;
  return linked.replace(
    '</head>',
    `  <noscript><meta http-equiv="refresh" content="0; url=${STATIC_STORY_FILE}" /></noscript>\n  </head>`,
  );
}
