// Code-based routes with hash history, so the static build works on any host and under any sub-path.
import {
  createHashHistory,
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
} from '@tanstack/react-router';
import { StoryPage } from '../story/StoryPage';
import { NotFound } from './NotFound';
import { RootLayout } from './RootLayout';

const rootRoute = createRootRoute({ component: RootLayout, notFoundComponent: NotFound });

const storyRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: StoryPage });

const explorerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/explorer',
  component: lazyRouteComponent(() => import('../explorer/ExplorerPage'), 'ExplorerPage'),
});

const sourcesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sources',
  component: lazyRouteComponent(() => import('./sources/SourcesPage'), 'SourcesPage'),
});

const routeTree = rootRoute.addChildren([storyRoute, explorerRoute, sourcesRoute]);

export function createAppRouter() {
  return createRouter({
    routeTree,
    history: createHashHistory(),
    defaultPreload: 'intent',
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
