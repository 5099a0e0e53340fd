// The story's first chart drawn from the build's file (story-first-chart.json) is the English one: its title,
// legend and notes were written in English. A Chinese or Russian reader's first chart is computed in their
// language, like every other chart, and the English file is not even fetched.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { activateLocale } from '../../../src/i18n/i18n';
import { firstChartStep, useFirstChartData } from '../../../src/story/first-chart';

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>;
}

afterEach(async () => {
  vi.unstubAllGlobals();
  await activateLocale('en');
});

describe('the story’s first chart from the build', () => {
  const first = firstChartStep()!;
  const stubFetch = () => {
    const fetchMock = vi.fn(
      async () => new Response(JSON.stringify({ spec: first.graphic.spec, title: 'T' })),
    );
    vi.stubGlobal('fetch', fetchMock);
    return fetchMock;
  };

  it('is used in English', async () => {
    const fetchMock = stubFetch();
    const { result } = renderHook(() => useFirstChartData(first.stepId, first.graphic.spec), { wrapper });
    await waitFor(() => expect(result.current?.title).toBe('T'));
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it.each(['zh', 'ru'] as const)('is not used in %s (its texts are English)', async (locale) => {
    await activateLocale(locale);
    const fetchMock = stubFetch();
    const { result } = renderHook(() => useFirstChartData(first.stepId, first.graphic.spec), { wrapper });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(result.current).toBeUndefined();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
