// Issue 13, item 9: an embed of a dataset this build lacks shows the default chart, with the explorer's notice.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmbedApp } from '../../src/embed/EmbedApp';
import { parseEmbedParams } from '../../src/spec/embed-params';
import type { ChartSpec } from '../../src/spec';
import { DEFAULT_SPEC } from '../../src/spec';
import { fixtureManifest } from '../unit/data/fixtures';

vi.mock('../../src/figure/SpecFigure', () => ({
  SpecFigure: ({ spec, chartId }: { spec: ChartSpec; chartId: string }) => (
    <div data-testid="figure" data-dataset={spec.dataset} data-chart-id={chartId} />
  ),
}));

afterEach(cleanup);

function renderEmbed(search: string) {
  const client = new QueryClient({ defaultOptions: { queries: { queryFn: () => new Promise(() => {}) } } });
  client.setQueryData(['manifest'], fixtureManifest());
  return render(
    <QueryClientProvider client={client}>
      <EmbedApp request={parseEmbedParams(search)} pin={{ kind: 'current' }} appUrl="https://x/" />
    </QueryClientProvider>,
  );
}

describe('an embed of a dataset the build lacks', () => {
  it('draws the default chart and says why, like the explorer', async () => {
    renderEmbed('?d=comtrade-chpl-monthly');
    const figure = screen.getByTestId('figure');
    expect(figure).toHaveAttribute('data-dataset', DEFAULT_SPEC.dataset);
    // The notices are a chunk of their own (embed-notices.tsx), loaded when there are some.
    const notice = (await screen.findByText(/could not be used/, {}, { timeout: 10_000 })).closest(
      '.embed-notice',
    );
    expect(notice).toHaveTextContent('d=comtrade-chpl-monthly');
    expect(notice).toHaveTextContent(/this build has no such data .* showing the default chart/);
  });

  it('leaves a dataset the build has alone', async () => {
    renderEmbed('?chart=chpl-tiers');
    expect(screen.getByTestId('figure')).toHaveAttribute('data-chart-id', 'chpl-tiers');
    // Once the notices' chunk is here, a notice asked for would have been drawn.
    await act(() => import('../../src/embed/embed-notices'));
    expect(screen.queryByText(/could not be used/)).toBeNull();
  });
});
