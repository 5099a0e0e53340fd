import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChartActions } from '../../src/figure/actions/ChartActions';
import { manifestQuery } from '../../src/figure/load/queries';
import type { SpecChartData } from '../../src/charts/spec-chart/types';
import { specToQueryString } from '../../src/spec';
import { BACI_SPEC, FLOW_ROWS, MANIFEST, TIER_SERIES } from '../unit/export/fixtures';

const DATA: SpecChartData = {
  spec: BACI_SPEC,
  series: TIER_SERIES,
  unit: { kind: 'currency', currency: 'USD' },
  periods: ['2020', '2021', '2022'],
  breaks: [],
  events: [],
  sources: MANIFEST.sources,
  caveats: [],
  filePaths: ['flows/baci_chpl.csv'],
  flowRows: FLOW_ROWS,
  notices: [],
  title: 'Exports by tier',
  subtitle: 'USD',
  sourceLine: 'Source: test',
  dataVersion: MANIFEST.dataVersion,
};

function renderActions(props: Partial<Parameters<typeof ChartActions>[0]> = {}) {
  const client = new QueryClient();
  client.setQueryData(manifestQuery.queryKey, MANIFEST);
  return render(
    <QueryClientProvider client={client}>
      <ChartActions data={DATA} getSvg={() => null} {...props} />
    </QueryClientProvider>,
  );
}

/** jsdom's Blob has no text() or arrayBuffer(). */
function blobBytes(blob: Blob | undefined): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    if (!blob) return reject(new Error('nothing was saved'));
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable blob'));
    reader.readAsArrayBuffer(blob);
  });
}

const blobText = async (blob: Blob | undefined) => new TextDecoder().decode(await blobBytes(blob));

let saved: Blob[] = [];
beforeEach(() => {
  saved = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    saved.push(blob);
    return `blob:test/${saved.length}`;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('ChartActions', () => {
  it('links to the explorer with the chart spec, unless told not to', () => {
    renderActions();
    expect(screen.getByRole('link', { name: 'Explore' })).toHaveAttribute(
      'href',
      `#/explorer?${specToQueryString(BACI_SPEC)}`,
    );
    cleanup();
    renderActions({ showExplore: false });
    expect(screen.queryByRole('link', { name: 'Explore' })).toBeNull();
  });

  it('opens the download list from the keyboard and closes it with Escape', () => {
    renderActions();
    const toggle = screen.getByRole('button', { name: /Download/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    fireEvent.keyDown(toggle, { key: 'ArrowDown' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('list', { name: 'Download' });
    expect(within(list).getAllByRole('button')).toHaveLength(8);
    fireEvent.keyDown(toggle, { key: 'ArrowDown' });
    expect(document.activeElement).toHaveTextContent('Data shown (CSV)');
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(document.activeElement).toHaveTextContent('Square image (PNG, 1080×1080)');
    fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(document.activeElement).toBe(toggle);
  });

  it('downloads the data shown as CSV, loading the export code on demand', async () => {
    renderActions();
    fireEvent.click(screen.getByRole('button', { name: /Download/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Data shown (CSV)' }));
    // The first download imports (and, under vitest, transforms) the whole export module: allow it time.
    await waitFor(() => expect(screen.getByRole('status', { name: '' })).toHaveTextContent(/Downloaded/), {
      timeout: 10_000,
    });
    const text = await blobText(saved[0]);
    expect(text.split('\n')[0]).toMatch(/^series_key,series_label,period/);
    // The formula in a label is neutralised.
    expect(text).toContain(`'=HYPERLINK`);
  });

  it('puts a byte-order mark in the Excel CSV and the flow rows in the full dataset', async () => {
    renderActions();
    fireEvent.click(screen.getByRole('button', { name: /Download/ }));
    fireEvent.click(screen.getByRole('button', { name: /for Excel/ }));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 10_000 });
    expect((await blobBytes(saved[0])).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    await waitFor(() => expect(screen.getByRole('button', { name: /Download/ })).toBeEnabled());
    fireEvent.click(screen.getByRole('button', { name: /Download/ }));
    fireEvent.click(screen.getByRole('button', { name: /Full dataset/ }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect((await blobText(saved[1])).trim().split('\n')).toHaveLength(FLOW_ROWS.length + 1);
  });

  it('says so when an image cannot be made because the chart is not drawn', async () => {
    renderActions();
    fireEvent.click(screen.getByRole('button', { name: /Download/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Image (PNG)' }));
    await waitFor(() =>
      expect(screen.getByText(/could not be made: the chart is not drawn yet/)).toBeInTheDocument(),
    );
    expect(saved).toHaveLength(0);
  });

  it('offers embed snippets whose options change the embed address', async () => {
    renderActions();
    fireEvent.click(screen.getByRole('button', { name: 'Embed' }));
    const dialog = await screen.findByRole('dialog', { name: 'Embed this chart' });
    const plain = within(dialog).getByLabelText('Plain iframe') as HTMLTextAreaElement;
    const frame = new DOMParser().parseFromString(plain.value, 'text/html').querySelector('iframe');
    expect(frame?.getAttribute('title')).toBe(DATA.title);
    expect(frame?.getAttribute('loading')).toBe('lazy');
    expect(frame?.getAttribute('src')).toMatch(/embed\.html\?v=1/);
    fireEvent.click(within(dialog).getByLabelText(/Show the download/));
    fireEvent.click(within(dialog).getByLabelText(/Pin to this/));
    fireEvent.change(within(dialog).getByLabelText(/Theme/), { target: { value: 'dark' } });
    const script = within(dialog).getByLabelText(/Auto-resizing/) as HTMLTextAreaElement;
    expect(script.value).toContain(`controls=0&amp;theme=dark&amp;dv=${MANIFEST.dataVersion}`);
    expect(script.value).toMatch(/<script src="[^"]*embed\.js" async><\/script>/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Embed' }));
  });
});
