// The explorer offers the monthly CHPL data only when the build's manifest lists the file; a link asking for them
// in a build without it shows the default chart with a notice on `d`. The router and the figure are stand-ins:
// the page reads its spec from `search`, and the figure says which spec it was given.
import { QueryClient } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tableQuery } from '../../src/figure/load/queries';
import { DATA_FILES } from '../../src/data/files';
import type { Manifest } from '../../src/data/schema';
import { ExplorerPage } from '../../src/explorer/ExplorerPage';
import type { ChartSpec } from '../../src/spec';
import { fixtureManifest } from '../unit/data/fixtures';
import { monthlyRows, withMonthlyFile } from '../unit/query/chpl-monthly-fixtures';
import { CHPL, CONCORDANCE, explorerClient, withClient } from './explorer-fixtures';

const router = vi.hoisted(() => ({ search: {} as Record<string, string>, navigate: vi.fn() }));
vi.mock('@tanstack/react-router', () => ({
  useSearch: () => router.search,
  useNavigate: () => router.navigate,
  Link: ({ children }: { children: ReactNode }) => <a href="#/">{children}</a>,
}));
vi.mock('../../src/figure/SpecFigure', () => ({
  SpecFigure: ({ spec }: { spec: ChartSpec }) => <div data-testid="figure" data-dataset={spec.dataset} />,
}));
vi.mock('../../src/data/worker-client', () => ({
  loadTable: vi.fn(async (path: string) => {
    throw new Error(`unexpected load of ${path}`);
  }),
  loadManifest: vi.fn(() => new Promise(() => {})),
}));

beforeEach(() => router.navigate.mockClear());
afterEach(cleanup);

function client(manifest: Manifest | null): QueryClient {
  const seeded = explorerClient();
  // One code HS 2022 redrew: BACI reads it as HS 2017 854140, the monthly data as itself.
  const split = { hs6_2022: '854149', tier: '3.A' as const };
  seeded.setQueryData(tableQuery(DATA_FILES.concordance, 'concordance').queryKey, {
    rows: [
      ...CONCORDANCE,
      {
        ...split,
        hs6_2017: '854140',
        match: 'approximate',
        note: 'Broader.',
        comparability: 'split',
        comparable: 'no',
        carved_out: '',
        override: '',
      },
    ],
    errors: [],
  });
  seeded.setQueryData(tableQuery(DATA_FILES.chpl, 'chpl').queryKey, {
    rows: [
      ...CHPL,
      { ...split, description: 'Other semiconductor devices', source_url: 'https://example.org/' },
    ],
    errors: [],
  });
  if (manifest) seeded.setQueryData(['manifest'], manifest);
  seeded.setQueryData(tableQuery(DATA_FILES.comtradeChplMonthly, 'flows').queryKey, {
    rows: monthlyRows,
    errors: [],
  });
  seeded.setQueryData(tableQuery(DATA_FILES.partners, 'partners').queryKey, { rows: [], errors: [] });
  return seeded;
}

function renderExplorer(search: Record<string, string>, manifest: Manifest | null) {
  router.search = search;
  return render(withClient(client(manifest), <ExplorerPage />));
}

const flowLabels = () =>
  within(screen.getByRole('group', { name: 'Trade flow' }))
    .getAllByRole('radio')
    .map((radio) => radio.closest('label')?.textContent ?? '');
const figureDataset = () => screen.getByTestId('figure').getAttribute('data-dataset');

describe('explorer: monthly CHPL data offered only when the build has them', () => {
  const without = fixtureManifest();
  const withFile = withMonthlyFile(without);

  it('without the file: not offered, and a link asking for it falls back with a notice on `d`', () => {
    renderExplorer({ v: '1', d: 'comtrade-chpl-monthly' }, without);
    expect(flowLabels().some((label) => /CHPL/.test(label))).toBe(false);
    expect(figureDataset()).toBe('baci-hs6');
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Part of this link could not be used');
    expect(status).toHaveTextContent(
      `d = comtrade-chpl-monthly: this build has no such data (${DATA_FILES.comtradeChplMonthly} is not in its manifest); showing the default chart`,
    );
  });

  it('while the manifest loads: not offered yet, and the link is kept', () => {
    renderExplorer({ v: '1', d: 'comtrade-chpl-monthly' }, null);
    expect(flowLabels().some((label) => /CHPL/.test(label))).toBe(false);
    expect(figureDataset()).toBe('comtrade-chpl-monthly');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('with the file: offers both views, and the tier picker lists HS 2022 codes without BACI-only choices', () => {
    renderExplorer({ v: '1', d: 'comtrade-chpl-monthly' }, withFile);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(figureDataset()).toBe('comtrade-chpl-monthly');
    expect(screen.getByRole('radio', { name: /China → Russia, monthly CHPL codes/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: /transit partners, monthly/ })).not.toBeChecked();
    expect(screen.getByText(/CHPL codes \(HS 2022\) as China reported them/)).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'All goods' })).toBeNull();
    expect(screen.queryByRole('searchbox', { name: 'Search all products' })).toBeNull();
    expect(screen.getByRole('checkbox', { name: /All CHPL goods/ })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /Codes \(1\) of tier 3\.A/ }));
    const codes = within(screen.getByRole('list', { name: 'HS codes in tier 3.A' })).getAllByRole('listitem');
    expect(codes.map((item) => item.getAttribute('data-hs6'))).toEqual(['854149']);
    expect(codes[0]).not.toHaveTextContent('≈');
  });

  it('the annual BACI view keeps the HS 2017 stand-in for the same code', () => {
    renderExplorer({ v: '1' }, withFile);
    fireEvent.click(screen.getByRole('button', { name: /Codes \(1\) of tier 3\.A/ }));
    const list = screen.getByRole('list', { name: 'HS codes in tier 3.A' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.getAttribute('data-hs6')),
    ).toEqual(['854140']);
  });

  it('switches to the partner view, where one kind of goods is chosen for every partner', () => {
    renderExplorer({ v: '1', d: 'comtrade-chpl-monthly' }, withFile);
    fireEvent.click(screen.getByRole('radio', { name: /transit partners, monthly/ }));
    const next = new URLSearchParams(router.navigate.mock.lastCall?.[0].search);
    expect(next.get('d')).toBe('comtrade-chpl-partners');

    cleanup();
    renderExplorer(Object.fromEntries(next), withFile);
    const goods = screen.getByRole('combobox', { name: 'Goods' });
    expect(goods).toHaveValue('chpl');
    fireEvent.change(goods, { target: { value: 't:1' } });
    expect(new URLSearchParams(router.navigate.mock.lastCall?.[0].search).get('p')).toBe('t:1');
  });
});
