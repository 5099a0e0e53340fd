// A figure given the build's data for its spec (the explorer's presets, the story's first chart) draws it while
// its own files load, and stays the same element when the spec moves on to one it computes itself.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SpecFigure } from '../../src/figure/SpecFigure';
import { chartData, filledClient, tierSpec } from './spec-fixtures';

afterEach(cleanup);

describe('SpecFigure with the build’s data', () => {
  it('draws the build’s data while nothing is loaded yet', () => {
    // An empty cache whose queries never answer: without builtData the figure would say it is loading.
    const empty = new QueryClient({ defaultOptions: { queries: { enabled: false, retry: false } } });
    const built = { ...chartData(tierSpec), title: 'Built by the build' };
    const { container } = render(
      <QueryClientProvider client={empty}>
        <SpecFigure spec={tierSpec} chartId="c" builtData={built} />
      </QueryClientProvider>,
    );
    const figure = container.querySelector('figure.chart')!;
    expect(figure).toHaveAttribute('data-state', 'ready');
    expect(figure.querySelector('figcaption')).toHaveTextContent('Built by the build');
    expect(figure.querySelectorAll('svg g[data-series-key]')).toHaveLength(6);
  });

  it('stays the same element when the next spec is computed from the loaded files', () => {
    const client = filledClient();
    const built = chartData(tierSpec);
    const { container, rerender } = render(
      <QueryClientProvider client={client}>
        <SpecFigure spec={tierSpec} chartId="c" builtData={built} />
      </QueryClientProvider>,
    );
    const before = container.querySelector('figure.chart');
    const yoy = { ...tierSpec, transform: { kind: 'yoy' as const } };
    rerender(
      <QueryClientProvider client={client}>
        <SpecFigure spec={yoy} chartId="c" />
      </QueryClientProvider>,
    );
    const after = container.querySelector('figure.chart');
    expect(after).toBe(before);
    expect(after).toHaveAttribute('data-state', 'ready');
    expect(after?.querySelector('figcaption')).toHaveTextContent('% change on a year earlier');
  });
});
