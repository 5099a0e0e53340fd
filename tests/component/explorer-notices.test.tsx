import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SpecNotices } from '../../src/explorer/SpecNotices';
import { DEFAULT_SPEC, parseSearchParams } from '../../src/spec';
import { activateLocale } from '../../src/i18n/i18n';

afterEach(cleanup);

describe('SpecNotices', () => {
  const garbage = 'v=1&zz=1&tf=bogus&c=pie&from=1800';

  it('lists each bad parameter and what is used instead, in a status region', () => {
    const { spec, notices } = parseSearchParams(garbage);
    expect(spec).toEqual(DEFAULT_SPEC);
    render(<SpecNotices notices={notices} searchKey={garbage} />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Part of this link could not be used');
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toHaveLength(4);
    expect(items).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^zz = 1: unknown parameter; ignored$/),
        expect.stringMatching(/^tf = bogus: .*using the default$/),
        expect.stringMatching(/^c = pie: .*using the default$/),
        expect.stringMatching(/^from = 1800: expected a year between 1950 and 2100; using the default$/),
      ]),
    );
  });

  it('shows a value from the link as text, never as markup', () => {
    const { notices } = parseSearchParams('c=<img src=x onerror=alert(1)>');
    const { container } = render(<SpecNotices notices={notices} searchKey="x" />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
  });

  it('can be dismissed, and comes back for another link', () => {
    const { notices } = parseSearchParams(garbage);
    const { rerender } = render(<SpecNotices notices={notices} searchKey={garbage} />);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('listitem')).toBeNull();
    const other = parseSearchParams('v=1&c=pie');
    rerender(<SpecNotices notices={other.notices} searchKey="v=1&c=pie" />);
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });

  it('in Chinese, words each reason in Chinese (the words load with the notices)', async () => {
    await activateLocale('zh');
    try {
      render(<SpecNotices notices={parseSearchParams('v=1&n=0').notices} searchKey="zh" />);
      expect(await screen.findByRole('listitem')).toHaveTextContent('n = 0: 应为1至50之间的整数；使用默认值');
    } finally {
      await activateLocale('en');
    }
  });

  it('renders no notice for a clean link', () => {
    render(<SpecNotices notices={parseSearchParams('v=1&p=t:4.B').notices} searchKey="clean" />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
