import { useEffect } from 'react';

export const TOOL_NAME = 'China–Russia dual-use trade explorer';

export function usePageTitle(page: string): void {
  useEffect(() => {
    document.title = `${page} · ${TOOL_NAME}`;
  }, [page]);
}
