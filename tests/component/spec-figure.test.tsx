import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderFigure, tierSpec } from './spec-fixtures';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const tooltip = (figure: HTMLElement) => figure.querySelector('.chart-tooltip');

const keysOf = (figure: HTMLElement) =>
  [...figure.querySelectorAll('svg g[data-series-key]')].map((g) => g.getAttribute('data-series-key'));

describe('SpecFigure (CHPL by tier, line)', () => {
  it('is a ready figure with a generated caption, a named SVG and a source line', () => {
    const figure = renderFigure();
    expect(figure).toHaveAttribute('data-chart-id', 'chpl-tiers');
    expect(figure).toHaveAttribute('data-state', 'ready');
    expect(figure.querySelector('figcaption')).toHaveTextContent(
      'China’s exports to Russia: CHPL goods by tier',
    );
    expect(figure.querySelector('figcaption')).toHaveTextContent('US$, current prices, annual, 2017–2023');
    expect(screen.getByRole('img', { name: /China’s exports to Russia/ })).toBeInTheDocument();
    expect(figure.querySelector('p.source-line')?.textContent).toBe(
      'Source: Test publisher, Test trade database. Test citation of the product list.',
    );
  });

  it('draws the chart at once and its actions once their code has arrived (a lazy chunk of their own)', async () => {
    const figure = renderFigure();
    expect(figure).toHaveAttribute('data-state', 'ready');
    expect(figure.querySelectorAll('svg g[data-series-key]')).toHaveLength(6);
    const actions = within(figure);
    expect(await actions.findByRole('button', { name: /Download/ }, { timeout: 10_000 })).toBeEnabled();
    expect(actions.getByRole('link', { name: 'Explore' })).toHaveAttribute(
      'href',
      expect.stringMatching(/explorer/),
    );
  });

  it('takes a title and subtitle given by the page', () => {
    const figure = renderFigure({ title: 'My title', subtitle: 'My units' });
    expect(figure.querySelector('figcaption')).toHaveTextContent('My titleMy units');
  });

  it('draws six series, one per tier, with a point only for years with data', () => {
    const figure = renderFigure();
    expect(keysOf(figure)).toEqual(['1', '2', '3.A', '3.B', '4.A', '4.B']);
    const tier1 = figure.querySelector('g[data-series-key="1"]')!;
    expect([...tier1.querySelectorAll('[data-period]')].map((p) => p.getAttribute('data-period'))).toEqual([
      '2017',
      '2022',
    ]);
  });

  it('draws the break of its own source only, and dashes the line across it', () => {
    const figure = renderFigure();
    expect(figure.querySelector('[data-break="test-break"]')).toHaveTextContent('From 2022: one side only');
    expect(figure.querySelector('[data-break="other-source-break"]')).toBeNull();
    expect(figure.querySelectorAll('g[data-series-key="2"] path.dashed')).toHaveLength(1);
  });

  it('leaves breaks and events out when the spec turns them off', () => {
    const figure = renderFigure({ spec: { ...tierSpec, breaks: false, events: false } });
    expect(figure.querySelector('[data-break]')).toBeNull();
    expect(figure.querySelector('[data-event-id]')).toBeNull();
    expect(figure.querySelector('[data-event-label], [data-grouped-events]')).toBeNull();
  });

  it('labels the chosen event, groups the other under one marker, and opens each with a link to its source', async () => {
    const figure = renderFigure();
    // first-event is labelled on every chart (label_on "all"); second-event is not chosen: it is grouped.
    expect(figure.querySelector('[data-event-label="first-event"] text')).toHaveTextContent('First event');
    expect(figure.querySelector('[data-grouped-events]')?.getAttribute('data-grouped-events')).toBe(
      'second-event',
    );
    expect(figure.querySelector('[data-event-id="late-event"], [data-event-label="late-event"]')).toBeNull();

    fireEvent.click(
      await within(figure).findByRole('button', { name: /First test event/ }, { timeout: 10_000 }),
    );
    const popover = within(figure).getByRole('dialog', { name: 'First test event' });
    expect(popover).toHaveTextContent('Description of the first test event.');
    expect(within(popover).getByRole('link', { name: 'Source: Test source one' })).toHaveAttribute(
      'href',
      'https://example.org/one',
    );
    fireEvent.keyDown(popover, { key: 'Escape' });
    expect(within(figure).queryByRole('dialog')).toBeNull();

    fireEvent.click(within(figure).getByRole('button', { name: /Other events on this chart \(1\)/ }));
    const list = within(figure).getByRole('dialog', { name: 'Other events on this chart (1)' });
    expect(list).toHaveTextContent('Second test event');
    expect(within(list).getByRole('link', { name: 'Source: Test source two' })).toHaveAttribute(
      'href',
      'https://example.org/two',
    );
  });

  it('shows each tier’s value with its unit on keyboard focus, and moves with the arrow keys', async () => {
    const figure = renderFigure();
    const plot = within(figure).getByRole('group', { name: /arrow keys/ });
    fireEvent.focus(plot);
    // The tooltip's code is a chunk loaded once the chart is drawn (TimeChartShell.tsx).
    await waitFor(() => expect(tooltip(figure)).toHaveTextContent('Tier 1US$ 211.4 million'), {
      timeout: 10_000,
    });
    expect(tooltip(figure)).toHaveTextContent(
      'Reporting basis: reconciled from both China’s and Russia’s declarations',
    );
    fireEvent.keyDown(plot, { key: 'ArrowRight' });
    expect(tooltip(figure)).toHaveTextContent('Tier 1no data');
    fireEvent.keyDown(plot, { key: 'End' });
    expect(tooltip(figure)).toHaveTextContent('Reporting basis: — (no data for this year)');
  });

  it('has a hidden data table with “no data” for missing values', () => {
    const figure = renderFigure();
    const table = figure.querySelector('table[data-table="chart-data"]')!;
    const row2018 = [...table.querySelectorAll('tbody tr')].find(
      (tr) => tr.querySelector('th')?.textContent === '2018',
    );
    expect(row2018?.querySelectorAll('td')[0]).toHaveTextContent('no data');
  });

  it('lists the caveats of its files and breaks, not the others, folded away in an embed', () => {
    const figure = renderFigure();
    const notes = figure.querySelector('.chart-notes')!;
    expect(notes).toHaveTextContent('Test break caveat');
    expect(notes).toHaveTextContent('Test annual caveat');
    expect(notes).not.toHaveTextContent('Unrelated caveat');
    expect(notes).toHaveTextContent('CHPL 854800 → HS 2017 854890 (tier 2)');
    expect(notes.querySelector('details summary')).not.toHaveTextContent(/^Notes:/);
    cleanup();
    const embed = renderFigure({ variant: 'embed' });
    const summary = embed.querySelector('.chart-notes details summary');
    // Folded, the three caveats' titles stay readable; their texts wait behind the disclosure.
    expect(summary?.textContent).toMatch(/^Notes: /);
    expect(summary?.textContent?.split(' · ')).toHaveLength(3);
    expect(summary).toHaveTextContent('Test break caveat');
  });

  it('hides a series from the legend and keeps the others’ colours', () => {
    const figure = renderFigure();
    const colour = figure.querySelector('g[data-series-key="4.B"]')?.getAttribute('stroke');
    fireEvent.click(within(figure).getByRole('button', { name: /Tier 1/ }));
    expect(keysOf(figure)).toEqual(['2', '3.A', '3.B', '4.A', '4.B']);
    expect(figure.querySelector('g[data-series-key="4.B"]')?.getAttribute('stroke')).toBe(colour);
    expect(within(figure).getByRole('button', { name: /Tier 1/ })).toHaveAttribute('aria-pressed', 'false');
  });

  it('highlights a series while its legend entry has focus', () => {
    const figure = renderFigure();
    fireEvent.focus(within(figure).getByRole('button', { name: /Tier 2/ }));
    expect(figure.querySelector('g[data-series-key="2"]')).toHaveClass('highlighted');
    expect(figure.querySelector('g[data-series-key="1"]')).toHaveClass('dimmed');
  });
});

describe('SpecFigure when a file fails', () => {
  it('names the file, offers Retry, and loads again on Retry', async () => {
    const { QueryClientProvider } = await import('@tanstack/react-query');
    const { render } = await import('@testing-library/react');
    const { SpecFigure } = await import('../../src/figure/SpecFigure');
    const { DataFileError } = await import('../../src/data/data-file-error');
    const { filledClient } = await import('./spec-fixtures');
    const client = filledClient();
    const query = client.getQueryCache().find({ queryKey: ['table', 'flows', 'flows/baci_chpl.csv'] })!;
    query.setState({
      status: 'error',
      data: undefined,
      error: new DataFileError('flows/baci_chpl.csv', 'Failed to fetch'),
      fetchStatus: 'idle',
    });
    render(
      <QueryClientProvider client={client}>
        <SpecFigure spec={tierSpec} chartId="chpl-tiers" />
      </QueryClientProvider>,
    );
    // On mount the failed file is fetched once more (and fails again here: there is no worker in jsdom).
    await waitFor(() =>
      expect(document.querySelector('figure[data-chart-id="chpl-tiers"]')).toHaveAttribute(
        'data-state',
        'error',
      ),
    );
    const figure = document.querySelector('figure[data-chart-id="chpl-tiers"]')!;
    expect(within(figure as HTMLElement).getByRole('alert')).toHaveTextContent(
      'Could not load flows/baci_chpl.csv',
    );
    // From here on a worker that never answers: the retried file stays on its way.
    vi.stubGlobal(
      'Worker',
      class {
        postMessage() {}
        terminate() {}
      },
    );
    fireEvent.click(within(figure as HTMLElement).getByRole('button', { name: 'Retry' }));
    expect(await within(figure as HTMLElement).findByRole('progressbar')).toBeInTheDocument();
  });
});
