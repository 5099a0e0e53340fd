import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SourceTitle } from '../../src/charts/spec-chart/SourceTitle';

afterEach(cleanup);

describe('SourceTitle', () => {
  it('links a source whose URL is a web address', () => {
    const { container } = render(<SourceTitle title="CEPII BACI" url="https://www.cepii.fr/x" />);
    expect(container.querySelector('a')?.getAttribute('href')).toBe('https://www.cepii.fr/x');
  });

  it('does not turn a project-internal urn (per-row sources) into a dead link', () => {
    const { container } = render(
      <SourceTitle title="Headline figures" url="urn:x-project:data-sources/headline_figures.csv" />,
    );
    expect(container.querySelector('a')).toBeNull();
    expect(container).toHaveTextContent('Headline figures');
  });
});
