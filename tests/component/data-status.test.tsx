import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LoadProgress } from '../../src/figure/load/LoadProgress';
import { progressStore } from '../../src/figure/load/progress-store';
import { RowErrorsNotice } from '../../src/figure/load/RowErrorsNotice';
import { PageBoundary } from '../../src/figure/PageBoundary';
import { DataFileError } from '../../src/data/data-file-error';

afterEach(cleanup);

describe('LoadProgress', () => {
  it('is a progress bar with a percentage once sizes are known', () => {
    render(<LoadProgress files={['a.csv', 'b.csv']} />);
    const bar = screen.getByRole('progressbar');
    expect(bar).not.toHaveAttribute('aria-valuenow');
    act(() => {
      progressStore.set('a.csv', { loaded: 50, total: 100 });
      progressStore.set('b.csv', { loaded: 0, total: 100 });
    });
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '25');
    expect(screen.getByText(/Loading a.csv, b.csv \(25 %\)/)).toBeInTheDocument();
  });

  it('keeps the height a time chart will take, so what follows does not jump when it arrives', () => {
    const { container } = render(<LoadProgress files={[]} timeChart />);
    expect(container.querySelector('.load-progress')).toHaveClass('time-chart');
    cleanup();
    const other = render(<LoadProgress files={[]} />).container.querySelector('.load-progress');
    expect(other).not.toHaveClass('time-chart');
  });
});

describe('RowErrorsNotice', () => {
  it('says how many rows of which file were left out, and why', () => {
    render(
      <RowErrorsNotice
        errors={[
          { file: 'flows/baci_chpl.csv', row: 12, column: 'value', message: '"abc" is not a number' },
          { file: 'flows/baci_chpl.csv', row: 12, column: 'basis', message: 'Invalid option' },
          { file: 'events.csv', row: 3, column: 'date', message: 'expected a date' },
        ]}
      />,
    );
    expect(
      screen.getByText(
        /^1 row of flows\/baci_chpl.csv could not be used and is left out: row 12, column value: "abc" is not a number; row 12, column basis/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/1 row of events.csv could not be used/)).toBeInTheDocument();
  });

  it('renders nothing when every row was used', () => {
    const { container } = render(<RowErrorsNotice errors={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('PageBoundary', () => {
  let calls = 0;
  afterEach(() => {
    calls = 0;
  });

  function FlakyFile() {
    const query = useQuery({
      queryKey: ['flaky'],
      queryFn: async () => {
        calls += 1;
        if (calls === 1) throw new DataFileError('flows/baci_chpl.csv', 'HTTP 404');
        return 'loaded';
      },
      retry: false,
      throwOnError: true,
    });
    return <p>{query.data ?? 'loading'}</p>;
  }

  it('names the failed file and retries it with the Retry button', async () => {
    const client = new QueryClient();
    const original = console.error;
    console.error = () => {};
    try {
      render(
        <QueryClientProvider client={client}>
          <PageBoundary>
            <FlakyFile />
          </PageBoundary>
        </QueryClientProvider>,
      );
      expect(await screen.findByRole('alert')).toHaveTextContent(
        'Could not load flows/baci_chpl.csv: HTTP 404',
      );
      fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
      expect(await screen.findByText('loaded')).toBeInTheDocument();
      expect(calls).toBe(2);
    } finally {
      console.error = original;
    }
  });
});
