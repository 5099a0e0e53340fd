// Issue 13, item 4: however many parts of a link are bad, at most NOTICE_LIMIT are listed, then "and K more".
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EmbedApp } from '../../src/embed/EmbedApp';
import { parseEmbedParams } from '../../src/spec/embed-params';
import { SpecNotices } from '../../src/explorer/SpecNotices';
import { parseSearchParams } from '../../src/spec';
import { NOTICE_LIMIT } from '../../src/spec/notices';

afterEach(cleanup);

const manyUnknown = Array.from({ length: 300 }, (_, i) => `k${i}=1`).join('&');

describe('notice limit', () => {
  it('the explorer lists at most NOTICE_LIMIT notices and counts the rest', () => {
    const { notices } = parseSearchParams(`v=1&${manyUnknown}`);
    expect(notices).toHaveLength(300);
    render(<SpecNotices notices={notices} searchKey="many" />);
    expect(screen.getAllByRole('listitem')).toHaveLength(NOTICE_LIMIT + 1);
    expect(screen.getByText(`and ${300 - NOTICE_LIMIT} more`)).toBeInTheDocument();
  });

  it('the embed does the same', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { queryFn: () => new Promise(() => {}) } } });
    render(
      <QueryClientProvider client={client}>
        <EmbedApp
          request={parseEmbedParams(`?${manyUnknown}`)}
          pin={{ kind: 'current' }}
          appUrl="https://x/"
        />
      </QueryClientProvider>,
    );
    // The notices are a chunk of their own (embed-notices.tsx), loaded when there are some.
    const notice = (await screen.findByText(/could not be used/, {}, { timeout: 10_000 })).closest(
      '.embed-notice',
    );
    expect(notice?.querySelectorAll('li')).toHaveLength(NOTICE_LIMIT + 1);
    expect(notice).toHaveTextContent(`and ${300 - NOTICE_LIMIT} more`);
  });
});
