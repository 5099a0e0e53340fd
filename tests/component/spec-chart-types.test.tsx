import { cleanup, fireEvent, render, waitFor, within } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { SpecChartView } from '../../src/charts/spec-chart/SpecChartView';
import type { ReferenceMark } from '../../src/charts/kit/types';
import { chartData, tierSpec } from './spec-fixtures';

afterEach(cleanup);

/** Renders, then waits for a lazily loaded chart type, table or sources view to replace its placeholder. */
async function draw(overrides: Partial<typeof tierSpec>, referenceMarks: ReferenceMark[] = []) {
  const { container } = render(
    <Suspense fallback={<p className="chart-code-loading" />}>
      <SpecChartView data={chartData({ ...tierSpec, ...overrides })} referenceMarks={referenceMarks} />
    </Suspense>,
  );
  await waitFor(() => expect(container.querySelector('.chart-code-loading')).toBeNull());
  return container;
}

const periodsOf = (root: Element, key: string) =>
  [...root.querySelectorAll(`g[data-series-key="${key}"] [data-period]`)].map((p) =>
    p.getAttribute('data-period'),
  );

describe('SpecChartView chart types', () => {
  it('stacked bars: one bar per year with data, the break band still drawn', async () => {
    const root = await draw({ chart: 'stacked-bar' });
    expect(periodsOf(root, '1')).toEqual(['2017', '2022']);
    expect(root.querySelectorAll('g[data-series-key="1"] rect[data-period]')).toHaveLength(2);
    expect(root.querySelector('[data-break="test-break"]')).not.toBeNull();
    expect(root.querySelector('[data-event-label="first-event"]')).toHaveTextContent('First event');
    expect(root.querySelector('[data-grouped-events="second-event"]')).toHaveTextContent('+1 event');
  });

  it('stacked bars pile each year: tier 2 sits on tier 1 in 2017', async () => {
    const root = await draw({ chart: 'stacked-bar' });
    const bar = (key: string) => root.querySelector(`g[data-series-key="${key}"] rect[data-period="2017"]`)!;
    const tier1Top = Number(bar('1').getAttribute('y'));
    const tier2Bottom = Number(bar('2').getAttribute('y')) + Number(bar('2').getAttribute('height'));
    expect(tier2Bottom).toBeCloseTo(tier1Top);
  });

  it('stacked area: one band per series, and a notice where a stack is incomplete', async () => {
    const root = await draw({ chart: 'stacked-area' });
    expect(root.querySelectorAll('g[data-series-key] path.area')).toHaveLength(6);
    expect(root.querySelector('.chart-notices')).toHaveTextContent('Some series have no data in 2021, 2022');
  });

  it('falls back to lines, with a notice, for values that cannot be stacked', async () => {
    const root = await draw({ chart: 'stacked-bar', transform: { kind: 'index', base: '2017' } });
    expect(root.querySelector('rect[data-period]')).toBeNull();
    expect(root.querySelector('.chart-notices')).toHaveTextContent('cannot be added up');
  });

  it('ranked bars: largest first in the last year, each value written out, “no data” for none', async () => {
    const root = await draw({
      chart: 'ranked-bar',
      to: '2022',
      products: [
        { kind: 'tier', tier: '1' },
        { kind: 'tier', tier: '2' },
        { kind: 'tier', tier: '4.B' },
      ],
    });
    const keys = [...root.querySelectorAll('g[data-series-key]')].map((g) =>
      g.getAttribute('data-series-key'),
    );
    expect(keys).toEqual(['2', '1', '4.B']);
    expect(root.querySelector('g[data-series-key="2"] .bar-value')).toHaveTextContent('$1 bn');
    expect(root.querySelector('g[data-series-key="1"] .bar-value')).toHaveTextContent('$170 m');
    expect(root.querySelector('g[data-series-key="4.B"] rect')).toBeNull();
    expect(root.querySelector('g[data-series-key="4.B"] .bar-value')).toHaveTextContent('no data');
  });

  it('small multiples: one panel per series, shared scale by default, own scales on request', async () => {
    const root = await draw({ chart: 'small-multiples' });
    expect(root.querySelectorAll('g.panel')).toHaveLength(6);
    const topTick = () => root.querySelector('g.panel:nth-of-type(6) .axes g:last-of-type text')?.textContent;
    const shared = topTick();
    fireEvent.click(within(root as HTMLElement).getByRole('button', { name: /own scale/ }));
    expect(topTick()).not.toBe(shared);
    expect(periodsOf(root, '1')).toEqual(['2017', '2022']);
  });

  it('a reference mark: hollow diamond with a label that links to its source', async () => {
    const mark = {
      id: 'wsj',
      period: '2022',
      value: 179e6,
      label: 'WSJ: $179 m',
      sourceTitle: 'WSJ',
      url: 'https://example.org/wsj',
      seriesKey: '1',
    };
    const root = await draw({}, [mark]);
    const drawn = root.querySelector('[data-reference-id="wsj"]')!;
    expect(drawn.querySelector('path')).not.toBeNull();
    // The link sits under the chart, not inside the focusable plot (no nested interactive controls).
    expect(drawn.querySelector('a')).toBeNull();
    expect(root.querySelector('[data-reference-link="wsj"] a')).toHaveAttribute(
      'href',
      'https://example.org/wsj',
    );
    expect(drawn).toHaveTextContent('WSJ: $179 m');
  });

  it('log scale: draws the positive values and states the unit', async () => {
    const root = await draw({ scale: 'log', transform: { kind: 'absolute' } });
    expect(root.querySelector('.unit-label')).toHaveTextContent('US$, current prices');
    expect(periodsOf(root, '2')).toEqual(['2017', '2021', '2022']);
  });
});

describe('SpecChartView table and sources views', () => {
  it('the table holds exactly the chart’s numbers and sorts by a column, missing values last', async () => {
    const root = await draw({ view: 'table' });
    const table = root.querySelector('table[data-table="chart-data"]')!;
    const firstColumn = () => [...table.querySelectorAll('tbody th')].map((th) => th.textContent);
    expect(firstColumn()).toEqual(['2017', '2018', '2019', '2020', '2021', '2022', '2023']);
    fireEvent.click(within(table as HTMLElement).getByRole('button', { name: /Tier 2/ }));
    expect(firstColumn().slice(0, 3)).toEqual(['2022', '2021', '2017']);
    expect(table.querySelector('th[aria-sort="descending"]')).toHaveTextContent('Tier 2');
    fireEvent.click(within(table as HTMLElement).getByRole('button', { name: /Tier 2/ }));
    expect(firstColumn().slice(0, 3)).toEqual(['2017', '2021', '2022']);
    expect(root.querySelector('svg')).toBeNull();
  });

  it('the sources view lists this chart’s sources and caveats', async () => {
    const root = await draw({ view: 'sources' });
    expect(root).toHaveTextContent('Test trade database');
    expect(root).toHaveTextContent('Test citation of the trade database.');
    expect(root).toHaveTextContent('Test break caveat');
    expect(root).not.toHaveTextContent('Unrelated caveat');
  });
});
