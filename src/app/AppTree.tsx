// The app's React tree, the same in the browser and in the build's prerender of index.html
// (scripts/prerender/static-story.tsx): hydration needs both sides to render exactly this.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode, type ReactNode } from 'react';
import { InitialChartWidth } from '../charts/kit/useElementWidth';
import type { createAppRouter } from './router';

export interface AppTreeProps {
  queryClient: QueryClient;
  router: ReturnType<typeof createAppRouter>;
  /** The width a prerendered page's charts were drawn at (hydration starts from it); unset: measured at once. */
  chartWidth?: number;
  children?: ReactNode;
}

export function AppTree({ queryClient, router, chartWidth, children }: AppTreeProps) {
  const app = (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      {children}
    </QueryClientProvider>
  );
  return (
    <StrictMode>
      {chartWidth === undefined ? (
        app
      ) : (
        <InitialChartWidth.Provider value={chartWidth}>{app}</InitialChartWidth.Provider>
      )}
    </StrictMode>
  );
}
