// Code-based routes with hash history, so the static build works on any host and under any sub-path.
import {
  createHashHistory,
  type RouterHistory,
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  retainSearchParams,
} from '@tanstack/react-router';
import { LANG_PARAM } from '../i18n/locales';
import { parseRawSearch, stringifyRawSearch, validateRawSearch } from '../spec/url-search';
import { StoryPage } from '../story/StoryPage';
import { NotFound } from './NotFound';
import { RootLayout } from './RootLayout';

/** Every page's own search: the language, as the link wrote it (RootLayout names a value that is not ours). */
export interface LangSearch {
  [LANG_PARAM]?: string;
}

export function validateLangSearch(search: Record<string, unknown>): LangSearch {
  const lang = search[LANG_PARAM];
  return typeof lang === 'string' ? { [LANG_PARAM]: lang } : {};
}

const rootRoute = createRootRoute({
  component: RootLayout,
  notFoundComponent: NotFound,
  validateSearch: validateLangSearch,
  // The language stays in the URL from page to page and through every explorer edit, so a copied link keeps it.
  search: { middlewares: [retainSearchParams<LangSearch>([LANG_PARAM])] },
});

const storyRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: StoryPage });

const explorerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/explorer',
  // The chart spec's parser reads these strings (with a notice for each bad one): here they stay as written.
  validateSearch: validateRawSearch,
  component: lazyRouteComponent(() => import('../explorer/ExplorerPage'), 'ExplorerPage'),
});

const sourcesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sources',
  component: lazyRouteComponent(() => import('../sources/SourcesPage'), 'SourcesPage'),
});

// A reader's own file: the page, its worker and the importer load only when the reader comes here.
const importRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/import',
  component: lazyRouteComponent(() => import('../import/ImportPage'), 'ImportPage'),
});

const routeTree = rootRoute.addChildren([storyRoute, explorerRoute, importRoute, sourcesRoute]);

/** `history`: the browser's hash by default; the build's static story passes a memory history (scripts/prerender/). */
export function createAppRouter(history: RouterHistory = createHashHistory()) {
  return createRouter({
    routeTree,
    history,
    defaultPreload: 'intent',
    scrollRestoration: true,
    // Plain `key=value` search strings, not JSON: explorer links stay short and readable (`?v=1&p=t:4.B`).
    parseSearch: parseRawSearch,
    stringifySearch: stringifyRawSearch,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
