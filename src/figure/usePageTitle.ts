import { useEffect } from 'react';
import { appName } from './app-name';

/** The product's name in English: build-time texts (social cards) that have no reader's language. */
export const TOOL_NAME = 'China–Russia dual-use trade explorer';

/** The tab's title: the page's, then the product's, in the reader's language (`page` comes translated). */
export function usePageTitle(page: string): void {
  const name = appName();
  useEffect(() => {
    document.title = `${page} · ${name}`;
  }, [page, name]);
}
