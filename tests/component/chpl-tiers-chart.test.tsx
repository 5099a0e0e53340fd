import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChplTiersChart } from '../../src/charts/chpl-tiers/ChplTiersChart';
import { fixtureManifest, fixtureTable } from '../unit/data/fixtures';

afterEach(cleanup);

const input = {
  manifest: fixtureManifest(),
  flows: fixtureTable('baci_chpl.csv', 'flows').rows,
  concordance: fixtureTable('concordance.csv', 'concordance').rows,
  events: fixtureTable('events.csv', 'events').rows,
};

function renderChart(
  props: Partial<typeof input> & { tiers?: ('1' | '2' | '3.A' | '3.B' | '4.A' | '4.B')[] } = {},
) {
  const { container } = render(<ChplTiersChart {...input} {...props} />);
  const figure = container.querySelector('figure.chart');
  if (!figure) throw new Error('no figure');
  return figure as HTMLElement;
}

describe('ChplTiersChart', () => {
  it('is a ready figure with a caption, a named SVG and a source line', () => {
    const figure = renderChart();
    expect(figure).toHaveAttribute('data-chart-id', 'chpl-tiers');
    expect(figure).toHaveAttribute('data-state', 'ready');
    expect(figure.querySelector('figcaption')).toHaveTextContent('by CHPL tier');
    expect(figure.querySelector('figcaption')).toHaveTextContent('US$, current prices');
    expect(screen.getByRole('img', { name: /China’s exports to Russia/ })).toBeInTheDocument();
    expect(figure.querySelector('p.source-line')?.textContent).toBe(
      'Source: Test publisher, Test trade database. Test citation of the product list.',
    );
  });

  it('draws six series, one per tier', () => {
    const figure = renderChart();
    const keys = [...figure.querySelectorAll('svg g[data-series-key]')].map((g) =>
      g.getAttribute('data-series-key'),
    );
    expect(keys).toEqual(['1', '2', '3.A', '3.B', '4.A', '4.B']);
  });

  it('draws a point only for years with data (the bad 2018 row is no data, not 0)', () => {
    const figure = renderChart();
    const tier1 = figure.querySelector('g[data-series-key="1"]')!;
    const periods = [...tier1.querySelectorAll('[data-period]')].map((p) => p.getAttribute('data-period'));
    expect(periods).toEqual(['2017', '2022']);
    expect(figure.querySelectorAll('g[data-series-key="4.B"] [data-period]')).toHaveLength(1);
  });

  it('draws the break of its own source only, and dashes the line across it', () => {
    const figure = renderChart();
    expect(figure.querySelector('[data-break="test-break"]')).toHaveTextContent('From 2022: one side only');
    expect(figure.querySelector('[data-break="other-source-break"]')).toBeNull();
    expect(figure.querySelectorAll('g[data-series-key="2"] path.dashed')).toHaveLength(1);
  });

  it('marks the events inside 2017-2023 and shows a description on focus', () => {
    const figure = renderChart();
    expect(figure.querySelector('[data-event-id="late-event"]')).toBeNull();
    const marker = figure.querySelector<HTMLElement>('[data-event-id="second-event"]')!;
    fireEvent.focus(marker);
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      'Description of the second test event, with a comma.',
    );
    expect(screen.getByRole('tooltip')).toHaveTextContent('24 Feb 2022');
  });

  it('shows each tier’s exact value with unit on keyboard focus, and moves with the arrow keys', () => {
    const figure = renderChart();
    const plot = within(figure).getByRole('group', { name: /arrow keys/ });
    fireEvent.focus(plot);
    const tooltip = within(figure).getByRole('status');
    expect(tooltip).toHaveTextContent('2017');
    expect(tooltip).toHaveTextContent('Tier 1US$ 211.4 million');
    expect(tooltip).toHaveTextContent(
      'Reporting basis: reconciled from both China’s and Russia’s declarations',
    );
    expect(tooltip).toHaveTextContent('Source: Test publisher Test trade database');
    fireEvent.keyDown(plot, { key: 'ArrowRight' });
    expect(within(figure).getByRole('status')).toHaveTextContent('2018');
    expect(within(figure).getByRole('status')).toHaveTextContent('Tier 1no data');
    fireEvent.keyDown(plot, { key: 'End' });
    expect(within(figure).getByRole('status')).toHaveTextContent('2023');
    expect(within(figure).getByRole('status')).toHaveTextContent(
      'Reporting basis: — (no data for this year)',
    );
    fireEvent.keyDown(plot, { key: 'ArrowLeft' });
    expect(within(figure).getByRole('status')).toHaveTextContent(
      'Reporting basis: reported by China (the exporter) only',
    );
  });

  it('has a data table for screen readers with “no data” for missing values', () => {
    const figure = renderChart();
    const table = figure.querySelector('table[data-table="chart-data"]')!;
    const row2018 = [...table.querySelectorAll('tbody tr')].find(
      (tr) => tr.querySelector('th')?.textContent === '2018',
    );
    expect(row2018?.querySelectorAll('td')[0]).toHaveTextContent('no data');
    expect(table.querySelectorAll('thead th')).toHaveLength(8);
  });

  it('lists the caveats that apply, and not the others', () => {
    const figure = renderChart();
    const notes = figure.querySelector('.chart-notes')!;
    expect(notes).toHaveTextContent('Test break caveat');
    expect(notes).toHaveTextContent('Test annual caveat');
    expect(notes).not.toHaveTextContent('Unrelated caveat');
    expect(notes).toHaveTextContent('CHPL 854800 → HS 2017 854890 (tier 2)');
  });

  it('draws only the tiers asked for, keeping each tier’s colour', () => {
    const all = renderChart();
    const colour = all.querySelector('g[data-series-key="4.B"]')?.getAttribute('stroke');
    const some = renderChart({ tiers: ['4.B'] });
    expect(some.querySelectorAll('svg g[data-series-key]')).toHaveLength(1);
    expect(some.querySelector('g[data-series-key="4.B"]')?.getAttribute('stroke')).toBe(colour);
  });
});
