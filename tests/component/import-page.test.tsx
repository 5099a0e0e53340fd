// The import page's states in jsdom: idle, reading (progress, Cancel), the questions a file leaves open, the
// preview with the rows left out, an error. The import runs in-process (no worker) through the real importer.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tableQuery } from '../../src/figure/load/queries';
import { getUserFile, setUserFile } from '../../src/figure/user-file-store';
import { DATA_FILES } from '../../src/data/files';
import { importFileAsync } from '../../src/data/importers';
import type { ImportProgress } from '../../src/data/importers/types';
import { userFileOf } from '../../src/query/user/user-file';
import type { ImportOutcome, RunningImport } from '../../src/import/import-client';
import { ImportPage } from '../../src/import/ImportPage';
import type { RunImport } from '../../src/import/useImportRun';
import { CONCORDANCE } from './explorer-fixtures';

// jsdom implements neither scrolling (the router restores it) nor following a download link.
window.scrollTo = vi.fn() as typeof window.scrollTo;

afterEach(() => {
  cleanup();
  setUserFile(null);
  vi.restoreAllMocks();
});

const fixturePath = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'importers', name);
const fixtureFile = (name: string) => new File([readFileSync(fixturePath(name))], name, { type: 'text/csv' });

/** jsdom's File has no arrayBuffer(): FileReader it is. */
function bytesOf(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

function textOf(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

/** The worker's job, in-process: the real importer, the rows relabelled as the worker does. */
const inProcess: RunImport = (file, options, onProgress) => ({
  outcome: (async (): Promise<ImportOutcome> => {
    const bytes = await bytesOf(file);
    const result = await importFileAsync(bytes, file.name, { ...options, onProgress });
    const { rows, ...rest } = result;
    const counts = { annual: 0, monthly: 0, withQuantity: rows.filter((r) => r.quantity !== null).length };
    const userFile =
      rows.length > 0
        ? userFileOf({
            name: file.name,
            format: result.format,
            encoding: result.encoding,
            bytes: bytes.length,
            importedAt: '2025-01-01T00:00:00Z',
            rows,
          })
        : null;
    return { kind: 'done', result: { ...rest, rows: [] }, file: userFile, counts };
  })(),
  cancel: () => {},
});

function renderPage(run: RunImport) {
  const rootRoute = createRootRoute({ component: Outlet });
  const routes = [
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/import',
      component: () => <ImportPage runImport={run} />,
    }),
    createRoute({ getParentRoute: () => rootRoute, path: '/explorer', component: () => <p>The explorer</p> }),
  ];
  const router = createRouter({
    routeTree: rootRoute.addChildren(routes),
    history: createMemoryHistory({ initialEntries: ['/import'] }),
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  client.setQueryData(tableQuery(DATA_FILES.concordance, 'concordance').queryKey, {
    rows: CONCORDANCE,
    errors: [],
  });
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

async function choose(file: File) {
  const input = await screen.findByLabelText('Choose a file, or drop it here');
  fireEvent.change(input, { target: { files: [file] } });
}

describe('the import page', () => {
  it('starts idle: a labelled file input, the formats it reads, no progress', async () => {
    renderPage(inProcess);
    expect(await screen.findByRole('heading', { level: 1, name: 'Use your own file' })).toBeInTheDocument();
    const input = screen.getByLabelText('Choose a file, or drop it here');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAccessibleDescription(/UN Comtrade CSV or JSON, China Customs \(GACC\) CSV/);
    expect(screen.getByText(/never leaves your machine/)).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows bytes and rows read while reading, and Cancel stops the import', async () => {
    let report: (progress: ImportProgress) => void = () => {};
    let finish: (outcome: ImportOutcome) => void = () => {};
    const cancel = vi.fn(() => finish({ kind: 'cancelled' }));
    const pending: RunImport = (_file, _options, onProgress): RunningImport => {
      report = onProgress;
      return { outcome: new Promise((resolve) => (finish = resolve)), cancel };
    };
    renderPage(pending);
    await choose(new File(['x'.repeat(2000)], 'big.csv'));
    act(() => report({ rows: 1234, fraction: 0.4, bytes: 800, totalBytes: 2000 }));
    const bar = screen.getByRole('progressbar', { name: 'Reading big.csv' });
    expect(bar).toHaveAttribute('aria-valuenow', '40');
    expect(bar).toHaveAttribute('aria-valuetext', '40%: 800 bytes of 2.0 kB read, 1,234 rows');
    expect(screen.getByLabelText('Choose a file, or drop it here')).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(cancel).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Import of big.csv cancelled.')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(getUserFile()).toBeNull();
  });

  it('asks a China Customs export’s period and flow, then previews it with the rows left out', async () => {
    const router = renderPage(inProcess);
    await choose(fixtureFile('gacc-en-no-period.csv'));
    const form = await screen.findByRole('form', { name: 'What the file does not say' });
    expect(form).toHaveTextContent('does not say its period or whether it lists exports or imports');
    expect(within(form).queryByText(/Values are in/)).toBeNull();
    fireEvent.change(within(form).getByLabelText('Period of the whole file'), { target: { value: '23' } });
    fireEvent.click(within(form).getByRole('button', { name: /Read the file again/ }));
    expect(await within(form).findByText(/Type a year as YYYY/)).toBeInTheDocument();
    expect(within(form).getByText('Choose exports or imports.')).toBeInTheDocument();

    fireEvent.change(within(form).getByLabelText('Period of the whole file'), { target: { value: '2023' } });
    fireEvent.click(within(form).getByLabelText('exports'));
    fireEvent.click(within(form).getByRole('button', { name: /Read the file again/ }));
    const preview = await screen.findByRole('heading', { name: '4 rows left out' });
    expect(preview).toBeInTheDocument();
    const summary = screen.getByText('Format').closest('dl') as HTMLElement;
    expect(summary).toHaveTextContent('China Customs (GACC) query export');
    expect(summary).toHaveTextContent('Periods2023');
    expect(summary).toHaveTextContent('PartnersCHN, HKG, KAZ, RUS');
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/^6Trading partner code341China Customs partner code 341/),
      expect.stringMatching(/^7Trading partner code344/),
      expect.stringMatching(/^8Commodity code8542HS4 aggregate/),
      expect.stringMatching(/^9US dollar\(empty\)no value \(an empty cell is not zero\)/),
    ]);
    expect(getUserFile()?.sourceId).toBe('user:gacc_en_no_period');

    fireEvent.click(screen.getByRole('button', { name: 'Show in explorer' }));
    await screen.findByText('The explorer');
    expect(router.state.location.search).toMatchObject({ d: 'user', from: '2023', to: '2023', p: 't:1' });
  });

  it('downloads the rows left out as a CSV', async () => {
    const created: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:rows';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderPage(inProcess);
    await choose(fixtureFile('comtrade-monthly.csv'));
    fireEvent.click(await screen.findByRole('button', { name: 'Download the rows left out (CSV)' }));
    expect(created).toHaveLength(1);
    expect(click).toHaveBeenCalledTimes(1);
    const text = await textOf(created[0] as Blob);
    expect(text.split('\r\n')[0]).toBe('row,column,value,expected,kind');
    expect(text).toContain(
      '5,cmdCode,8542,HS4 aggregate: only HS6 codes and TOTAL can be imported,unsupported',
    );
  });

  it('says in a sentence why a file cannot be used, never with a stack trace', async () => {
    renderPage(inProcess);
    await choose(new File(['just some words\nand more\n'], 'notes.txt'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^notes\.txt could not be imported\. This file is not one we can read/);
    expect(alert.textContent).not.toMatch(/at .*\(|Error:/);
    expect(getUserFile()).toBeNull();
  });

  it('reports a worker that stopped, naming the file', async () => {
    const broken: RunImport = () => ({
      outcome: Promise.resolve({
        kind: 'failed',
        message: 'The import of x.csv stopped unexpectedly: out of memory.',
      }),
      cancel: () => {},
    });
    renderPage(broken);
    await choose(new File(['a'], 'x.csv'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'x.csv could not be imported. The import of x.csv stopped unexpectedly: out of memory.',
    );
  });
});
