import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadTable } from '../../src/data/worker-client';
import { ProductPicker } from '../../src/explorer/ProductPicker';
import { DEFAULT_SPEC, MAX_SERIES, productKey, type ChartSpec } from '../../src/spec';
import { explorerClient, PRODUCTS, withClient } from './explorer-fixtures';

// No worker in jsdom: a file the picker fetches itself comes from the fixtures.
vi.mock('../../src/data/worker-client', () => ({
  loadTable: vi.fn(async (path: string) => {
    if (path === 'products.csv') return { rows: PRODUCTS, errors: [] };
    throw new Error(`unexpected load of ${path}`);
  }),
  loadManifest: vi.fn(async () => {
    throw new Error('unexpected load of the manifest');
  }),
}));

afterEach(() => {
  cleanup();
  vi.mocked(loadTable).mockClear();
});

/** The picker with its spec held in state, as the page holds it in the URL. */
function Harness({ initial, onSpec }: { initial: ChartSpec; onSpec?: (spec: ChartSpec) => void }) {
  const [spec, setSpec] = useState(initial);
  return (
    <ProductPicker
      spec={spec}
      onChange={(next) => {
        onSpec?.(next);
        setSpec(next);
      }}
    />
  );
}

const chipKeys = () =>
  within(screen.getByRole('list', { name: 'Series shown' }))
    .getAllByRole('listitem')
    .map((item) => item.getAttribute('data-key'));

describe('ProductPicker', () => {
  it('expands tier 4.B to list its five HS codes, and picks one as its own series', () => {
    const onSpec = vi.fn();
    render(withClient(explorerClient(), <Harness initial={DEFAULT_SPEC} onSpec={onSpec} />));
    fireEvent.click(screen.getByRole('button', { name: /Codes \(5\) of tier 4\.B/ }));
    const list = screen.getByRole('list', { name: 'HS codes in tier 4.B' });
    const codes = within(list)
      .getAllByRole('listitem')
      .map((item) => item.getAttribute('data-hs6'));
    expect(codes).toEqual(['845710', '845811', '845891', '845961', '846693']);
    expect(within(list).getByText(/Machining centres for working metal/)).toBeInTheDocument();

    fireEvent.click(within(list).getByRole('checkbox', { name: /845961/ }));
    expect(onSpec).toHaveBeenLastCalledWith(
      expect.objectContaining({ products: [...DEFAULT_SPEC.products, { kind: 'hs6', code: '845961' }] }),
    );
    expect(chipKeys()).toContain('h6:845961');
  });

  it('unticks a tier to remove it from the chart', () => {
    render(withClient(explorerClient(), <Harness initial={DEFAULT_SPEC} />));
    fireEvent.click(screen.getByRole('checkbox', { name: /Tier 2\b/ }));
    expect(chipKeys()).not.toContain('t:2');
    expect(chipKeys()).toHaveLength(5);
  });

  it('finds a product by words of its name and adds it', async () => {
    render(withClient(explorerClient(), <Harness initial={DEFAULT_SPEC} />));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search all products' }), {
      target: { value: 'lathes horizontal' },
    });
    const add = await screen.findByRole('button', { name: 'Add HS6 845819' });
    expect(screen.getByText(/1 match/)).toBeInTheDocument();
    fireEvent.click(add);
    expect(chipKeys().at(-1)).toBe('h6:845819');
    expect(screen.getByRole('button', { name: '845819 added' })).toBeDisabled();
  });

  it('finds a heading by its code and adds it as one series', async () => {
    render(withClient(explorerClient(), <Harness initial={DEFAULT_SPEC} />));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search all products' }), {
      target: { value: '8471' },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Add Heading 8471' }));
    expect(chipKeys().at(-1)).toBe('h4:8471');
  });

  it('says so when the cap is reached, and adds nothing', async () => {
    const products = Array.from({ length: MAX_SERIES }, (_, i) => ({
      kind: 'hs6' as const,
      code: String(850100 + i),
    }));
    const onSpec = vi.fn();
    render(withClient(explorerClient(), <Harness initial={{ ...DEFAULT_SPEC, products }} onSpec={onSpec} />));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search all products' }), {
      target: { value: 'horses' },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Add HS6 010121' }));
    expect(screen.getByRole('alert')).toHaveTextContent(`at most ${MAX_SERIES} series`);
    expect(onSpec).not.toHaveBeenCalled();
    expect(chipKeys()).toEqual(products.map(productKey));
  });

  it('keeps the last series (a chart needs one) and disables its remove button', () => {
    render(
      withClient(explorerClient(), <Harness initial={{ ...DEFAULT_SPEC, products: [{ kind: 'total' }] }} />),
    );
    expect(screen.getByRole('button', { name: 'Remove All goods' })).toBeDisabled();
    fireEvent.click(screen.getByRole('checkbox', { name: 'All goods' }));
    expect(chipKeys()).toEqual(['total']);
    expect(screen.getByRole('alert')).toHaveTextContent(/at least one product/);
  });

  it('loads product names only once the search box is used', async () => {
    render(withClient(explorerClient({ withProducts: false }), <Harness initial={DEFAULT_SPEC} />));
    const box = screen.getByRole('searchbox', { name: 'Search all products' });
    expect(loadTable).not.toHaveBeenCalled();
    fireEvent.focus(box);
    await waitFor(() =>
      expect(loadTable).toHaveBeenCalledWith('products.csv', 'products', expect.anything()),
    );
    fireEvent.change(box, { target: { value: 'portable' } });
    expect(await screen.findByRole('button', { name: 'Add HS6 847130' })).toBeEnabled();
  });
});
