import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmbedApp } from '../../src/embed/EmbedApp';
import { parseEmbedParams } from '../../src/spec/embed-params';
import { heightMessage, reportHeight } from '../../src/embed/post-height';
import { applyTheme } from '../../src/embed/theme';
import { activateLocale, ensureCatalogue } from '../../src/i18n/i18n';
import { LATER_CATALOGUE } from '../../src/i18n/later-catalogue';

afterEach(cleanup);

const LOAD = { timeout: 10_000 };

function renderEmbed(search: string, pin: Parameters<typeof EmbedApp>[0]['pin'] = { kind: 'current' }) {
  // Nothing is fetched: the chart stays in its loading state, which is all these tests need.
  const client = new QueryClient({ defaultOptions: { queries: { queryFn: () => new Promise(() => {}) } } });
  return render(
    <QueryClientProvider client={client}>
      <EmbedApp request={parseEmbedParams(search)} pin={pin} appUrl="https://example.org/app/#/" />
    </QueryClientProvider>,
  );
}

describe('EmbedApp', () => {
  it('lists what in its address could not be used, and links to the app', async () => {
    renderEmbed('?chart=nope&theme=pink');
    // The notices are a chunk of their own (embed-notices.tsx), loaded when there are some.
    const notice = (await screen.findByText(/could not be used/, {}, LOAD)).closest('.embed-notice');
    expect(notice).toHaveTextContent('chart=nope');
    expect(notice).toHaveTextContent('chpl-tiers');
    expect(notice).toHaveTextContent('theme=pink');
    expect(screen.getByRole('link', { name: /explorer/ })).toHaveAttribute(
      'href',
      'https://example.org/app/#/',
    );
  });

  it('states a pinned data version, or that it is unavailable', async () => {
    renderEmbed('?chart=chpl-tiers', {
      kind: 'pinned',
      dataVersion: 'abcdef012345',
      current: '19328fea8939',
    });
    expect(await screen.findByText(/Data version abcdef012345 \(pinned\)\./, {}, LOAD)).toHaveTextContent(
      '(version 19328fea8939)',
    );
    // Without a current-data URL of its own, the link leads to the app.
    expect(screen.getByRole('link', { name: 'Updated data available' })).toHaveAttribute(
      'href',
      'https://example.org/app/#/',
    );
    cleanup();
    renderEmbed('?chart=chpl-tiers', { kind: 'current', pinned: '19328fea8939' });
    expect(
      await screen.findByText('Data version 19328fea8939 (pinned; these are the current data).', {}, LOAD),
    ).toBeInTheDocument();
    cleanup();
    renderEmbed('?chart=chpl-tiers', {
      kind: 'unavailable',
      requested: 'abcdef012345',
      shown: '19328fea8939',
    });
    expect(await screen.findByText(/abcdef012345 .* no longer available/, {}, LOAD)).toHaveTextContent(
      '19328fea8939',
    );
  });
});

describe('the data-version line in Chinese', () => {
  it('is in Chinese, its versions and what failed marked not to translate', async () => {
    await ensureCatalogue(LATER_CATALOGUE);
    await activateLocale('zh');
    try {
      renderEmbed('?chart=chpl-tiers&lang=zh', {
        kind: 'unreadable',
        requested: 'abcdef012345',
        shown: '19328fea8939',
        reason: 'events.csv: HTTP 404 Not Found',
      });
      const line = (await screen.findByText(/此图表发布时使用数据版本/, {}, LOAD)).closest('[data-pin]');
      expect(line).toHaveTextContent(
        '此图表发布时使用数据版本abcdef012345，但该版本的文件在此无法读取（events.csv: HTTP 404 Not Found）；现显示当前数据（版本19328fea8939）。',
      );
      const codes = [...(line?.querySelectorAll('[translate="no"]') ?? [])].map((code) => code.textContent);
      expect(codes).toEqual(['abcdef012345', 'events.csv: HTTP 404 Not Found', '19328fea8939']);
    } finally {
      await activateLocale('en');
    }
  });
});

describe('theme', () => {
  it('sets light or dark on the root, and resolves auto from prefers-color-scheme', () => {
    const root = document.createElement('html');
    applyTheme('dark', root);
    expect(root.dataset.theme).toBe('dark');
    const media = { matches: true, addEventListener: vi.fn() };
    vi.stubGlobal(
      'matchMedia',
      vi.fn(() => media),
    );
    applyTheme('auto', root);
    expect(root.dataset.theme).toBe('dark');
    media.matches = false;
    const follow = media.addEventListener.mock.calls[0]?.[1] as () => void;
    follow();
    expect(root.dataset.theme).toBe('light');
    expect(root.dataset.themeSetting).toBe('auto');
    vi.unstubAllGlobals();
  });
});

describe('height messages', () => {
  it('are versioned and carry a whole number', () => {
    expect(heightMessage(412.3)).toEqual({ type: 'chpl-explorer:height', version: 1, height: 413 });
  });

  it('are posted to the parent once per height', () => {
    const target = { postMessage: vi.fn() } as unknown as Window;
    const element = document.createElement('div');
    element.getBoundingClientRect = () => ({ height: 300 }) as DOMRect;
    reportHeight(element, target);
    expect(target.postMessage).toHaveBeenCalledWith(
      { type: 'chpl-explorer:height', version: 1, height: 300 },
      '*',
    );
  });
});
