// A figure given the build's data for its spec (the explorer's presets, the story's first chart) draws it while
// its own files load, and stays the same element when the spec moves on to one it computes itself. And a value
// that compares periods across a break names it in its tooltip and its table row.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, waitFor, within } from '@testing-library/react';
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

describe('a value that compares across a break says so where it is read', () => {
  it('the tooltip and the table row of a value compared across the break name it; same-side values do not', async () => {
    const { container } = render(
      <QueryClientProvider client={filledClient()}>
        <SpecFigure spec={{ ...tierSpec, transform: { kind: 'index', base: '2017' } }} chartId="c" />
      </QueryClientProvider>,
    );
    const figure = container.querySelector('figure.chart') as HTMLElement;
    const plot = within(figure).getByRole('group', { name: /arrow keys/ });
    fireEvent.focus(plot);
    // The tooltip's code is a chunk loaded once the chart is drawn (TimeChartShell.tsx).
    await waitFor(
      () => expect(figure.querySelector('.chart-tooltip')?.getAttribute('data-period')).toBe('2017'),
      { timeout: 10_000 },
    );
    expect(figure.querySelector('.tooltip-crossing')).toBeNull();
    fireEvent.keyDown(plot, { key: 'End' });
    const tooltip = figure.querySelector('.chart-tooltip');
    expect(tooltip?.getAttribute('data-period')).toBe('2023');
    expect(tooltip?.querySelector('.tooltip-crossing')).toHaveTextContent(
      'Compared with 2017: across the 2022 change of basis (from 2022: one side only)',
    );
    const rows = [...figure.querySelectorAll('table[data-table="chart-data"] tbody tr')];
    const rowOf = (period: string) => rows.find((row) => row.querySelector('th')?.textContent === period);
    expect(rowOf('2022')?.textContent).toMatch(/Compared with 2017: across the 2022 change of basis/);
    expect(rowOf('2021')?.textContent).not.toMatch(/Compared with/);
  });
});
