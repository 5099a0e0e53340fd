// Issue 15: a link's notices quote parts of the link and the values it allows (`tf=bogus`, `abs`, `roll:3|6|12`).
// Those are codes, not words: each is a <code translate="no">, so that a page translator leaves them alone and
// the untranslated-text check knows them for codes, in every language; the sentence around them stays plain text.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EmbedApp } from '../../src/embed/EmbedApp';
import { SpecNotices } from '../../src/explorer/SpecNotices';
import { activateLocale } from '../../src/i18n/i18n';
import { parseSearchParams } from '../../src/spec';
import { parseEmbedParams } from '../../src/spec/embed-params';
import { TRANSFORM_KINDS, TRANSFORMS } from '../../src/spec/transforms';

afterEach(cleanup);

const SHAPES = TRANSFORM_KINDS.map((kind) => TRANSFORMS[kind].urlShape);
const kept = (root: ParentNode) =>
  [...root.querySelectorAll('code')].map((code) => [code.textContent, code.getAttribute('translate')]);

function renderEmbed(search: string) {
  const client = new QueryClient({ defaultOptions: { queries: { queryFn: () => new Promise(() => {}) } } });
  render(
    <QueryClientProvider client={client}>
      <EmbedApp request={parseEmbedParams(search)} pin={{ kind: 'current' }} appUrl="https://x/" />
    </QueryClientProvider>,
  );
}

describe('the codes in a link notice', () => {
  it('the explorer marks the parameter, its value and each allowed value as codes not to translate', () => {
    render(<SpecNotices notices={parseSearchParams('v=1&tf=bogus').notices} searchKey="tf" />);
    const item = screen.getByRole('listitem');
    expect(kept(item)).toEqual([['tf', 'no'], ['bogus', 'no'], ...SHAPES.map((shape) => [shape, 'no'])]);
    expect(item).toHaveTextContent(
      `tf = bogus: expected ${SHAPES.slice(0, -1).join(', ')} or ${SHAPES.at(-1)}`,
    );
  });

  it('and the tiers and product kinds a notice lists', () => {
    render(<SpecNotices notices={parseSearchParams('v=1&p=t:9,total').notices} searchKey="tier" />);
    expect(kept(screen.getByRole('listitem')).map(([text]) => text)).toEqual([
      'p',
      't:9',
      '1',
      '2',
      '3.A',
      '3.B',
      '4.A',
      '4.B',
    ]);
    cleanup();
    render(<SpecNotices notices={parseSearchParams('v=1&p=total,zz').notices} searchKey="kind" />);
    expect(kept(screen.getByRole('listitem')).map(([text]) => text)).toEqual(
      expect.arrayContaining(['t:<tier>', 'h6:<6 digits>', 'h4:', 'chpl', 'total', 'eus']),
    );
  });

  it('in Chinese too', async () => {
    await activateLocale('zh');
    try {
      render(<SpecNotices notices={parseSearchParams('v=1&tf=bogus').notices} searchKey="zh" />);
      const item = await screen.findByRole('listitem');
      expect(kept(item)).toEqual([['tf', 'no'], ['bogus', 'no'], ...SHAPES.map((shape) => [shape, 'no'])]);
      expect(item.textContent).toMatch(/应为/);
    } finally {
      await activateLocale('en');
    }
  });

  it('the embed marks them the same way', async () => {
    renderEmbed('?tf=bogus&theme=pink');
    const notice = (await screen.findByText(/could not be used/, {}, { timeout: 10_000 })).closest(
      '.embed-notice',
    )!;
    const codes = kept(notice);
    expect(codes).toEqual(
      expect.arrayContaining([
        ['tf=bogus', 'no'],
        ...SHAPES.map((shape) => [shape, 'no']),
        ['theme=pink', 'no'],
        ['light', 'no'],
        ['dark', 'no'],
        ['auto', 'no'],
      ]),
    );
    expect(codes.every(([, translate]) => translate === 'no')).toBe(true);
  });
});
