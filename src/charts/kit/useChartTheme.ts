// The page's theme as the charts see it: <html data-theme="dark"> (set by the embed, see embed/theme.ts) or
// light. A store over that attribute, so a chart redraws in the theme's colours when the reader's
// prefers-color-scheme changes; the server (and the first, hydrating render) always says light, so a
// prerendered chart hydrates as it was written and then takes the reader's theme.
import { useSyncExternalStore } from 'react';
import type { ChartTheme } from './palette';

function subscribe(onChange: () => void): () => void {
  if (typeof MutationObserver === 'undefined') return () => {};
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

const current = (): ChartTheme => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');
const server = (): ChartTheme => 'light';

export function useChartTheme(): ChartTheme {
  return useSyncExternalStore(subscribe, current, server);
}
