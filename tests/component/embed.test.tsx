import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmbedApp } from '../../src/embed/EmbedApp';
import { heightMessage, reportHeight } from '../../src/embed/post-height';

afterEach(cleanup);

describe('EmbedApp', () => {
  it('shows a visible notice for an unknown chart id, with a link to the app', () => {
    render(<EmbedApp chartId="nope" appUrl="https://example.org/app/#/" />);
    expect(screen.getByRole('alert')).toHaveTextContent('There is no chart called “nope”');
    expect(screen.getByRole('alert')).toHaveTextContent('chpl-tiers');
    expect(screen.getByRole('link', { name: /full/ })).toHaveAttribute('href', 'https://example.org/app/#/');
  });

  it('shows a notice when no chart is chosen', () => {
    render(<EmbedApp chartId={null} appUrl="https://example.org/" />);
    expect(screen.getByRole('alert')).toHaveTextContent('No chart was chosen');
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
