import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getUserFile, setUserFile, subscribeUserFile, useUserFile } from '../../src/figure/user-file-store';
import { withUserFile, noFileMessage } from '../../src/explorer/user/user-fallback';
import { DEFAULT_SPEC, parseSearchParams } from '../../src/spec';
import { makeUserFile } from '../unit/user/fixtures';
import { worded } from '../unit/spec/worded-notices';

afterEach(() => {
  cleanup();
  setUserFile(null);
});

function Name() {
  const file = useUserFile();
  return <p>{file ? file.name : 'no file'}</p>;
}

describe('the user-file store', () => {
  it('holds one file, tells its subscribers when it changes, and forgets it', () => {
    const listener = vi.fn();
    const unsubscribe = subscribeUserFile(listener);
    const file = makeUserFile();
    setUserFile(file);
    setUserFile(file);
    expect(getUserFile()).toBe(file);
    expect(listener).toHaveBeenCalledTimes(1);
    setUserFile(null);
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    setUserFile(file);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('re-renders components when a file is imported or forgotten', () => {
    render(<Name />);
    expect(screen.getByText('no file')).toBeInTheDocument();
    act(() => setUserFile(makeUserFile()));
    expect(screen.getByText('My file (2023).csv')).toBeInTheDocument();
    act(() => setUserFile(null));
    expect(screen.getByText('no file')).toBeInTheDocument();
  });
});

describe('a link to a reader’s file', () => {
  const link = 'v=1&d=user&p=t:1&from=2022&to=2022&cmp=1';

  it('reads as the user dataset, compare on', () => {
    const parsed = parseSearchParams(link);
    expect(parsed.notices).toEqual([]);
    expect(parsed.spec).toMatchObject({ dataset: 'user', compare: true, from: '2022' });
  });

  it('falls back to the default chart with a notice naming `d` when no file is loaded', () => {
    const fallback = withUserFile(parseSearchParams(link), null);
    expect(fallback.spec).toEqual(DEFAULT_SPEC);
    expect(worded(fallback.notices)).toEqual([{ param: 'd', value: 'user', message: noFileMessage() }]);
    const held = parseSearchParams(link);
    expect(withUserFile(held, makeUserFile())).toBe(held);
  });
});
