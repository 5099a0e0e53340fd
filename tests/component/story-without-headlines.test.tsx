// A build from origin has no headline_figures.csv and its manifest lists none: the story must still render every
// finding, cite no published figure, draw no reference mark, and never ask for the missing file (a request
// would fail and take the page to its error screen).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SpecFigureProps } from '../../src/figure/SpecFigure';
import { DATA_FILES } from '../../src/data/files';
import type { Manifest } from '../../src/data/schema';
import type { TableKind } from '../../src/data/tables';
import { SECTIONS } from '../../src/story/sections';
import { StorySectionView } from '../../src/story/StorySectionView';
import { fixtureManifest } from '../unit/data/fixtures';
import { headline, storyData } from '../unit/story/fixtures';
import { withHeadlineFile } from '../unit/story/headline-manifest';

const requested = vi.hoisted(() => [] as string[]);
vi.mock('../../src/data/worker-client', () => ({
  loadManifest: () => new Promise(() => {}),
  loadTable: (path: string) => {
    requested.push(path);
    return new Promise(() => {});
  },
}));
const drawn: SpecFigureProps[] = [];
vi.mock('../../src/figure/SpecFigure', () => ({
  SpecFigure: (props: SpecFigureProps) => {
    drawn.push(props);
    return <figure data-chart-id={props.chartId} />;
  },
}));

beforeEach(() => {
  requested.length = 0;
  drawn.length = 0;
});
afterEach(cleanup);

/** The chip figure a full build has: it must not appear when the build has no headline file. */
const icFigure = headline({
  id: 'chinas-exports-of-integrated-circuits-to-russia-2022',
  value: '179',
  note: 'Same article: 2021 = $74M.',
});

function client(manifest: Manifest, withRows: boolean): QueryClient {
  const seeded = new QueryClient();
  const data = storyData();
  const tables: [string, TableKind, readonly unknown[]][] = [
    [DATA_FILES.baciChpl, 'flows', data.baciChpl],
    [DATA_FILES.baciTotals, 'flows', data.baciTotals],
    [DATA_FILES.concordance, 'concordance', data.concordance],
    [DATA_FILES.chpl, 'chpl', data.chpl],
    [DATA_FILES.imfRussiaPartners, 'flows', data.imf],
    [DATA_FILES.eurostatEuSanctioned, 'flows', data.eurostat],
    [DATA_FILES.comtradeMonthlyTotals, 'flows', data.comtrade],
    [DATA_FILES.events, 'events', data.events],
    [DATA_FILES.partners, 'partners', data.partners],
    ...(withRows
      ? [[DATA_FILES.headlineFigures, 'headlines', [icFigure]] as [string, TableKind, unknown[]]]
      : []),
  ];
  for (const [path, kind, rows] of tables) seeded.setQueryData(['table', kind, path], { rows, errors: [] });
  seeded.setQueryData(['manifest'], manifest);
  return seeded;
}

const renderWith = (queries: QueryClient, node: ReactNode) =>
  render(<QueryClientProvider client={queries}>{node}</QueryClientProvider>);

const dualUse = SECTIONS.find((section) => section.id === 'dual-use-supply')!;

describe('the story in a build without headline figures', () => {
  it('renders every finding of the section, computed without any published figure', () => {
    const { container } = renderWith(
      client(fixtureManifest(), false),
      <StorySectionView section={dualUse} stacked />,
    );
    for (const step of dualUse.steps) {
      const text = container.querySelector(`[data-finding="${step.id}"] p`)?.textContent;
      expect(text).toBe(step.finding(storyData({ headlines: [] })).sentences.join(' '));
    }
    expect(container.textContent).not.toContain('Wall Street Journal');
    expect(requested).not.toContain(DATA_FILES.headlineFigures);
  });

  it('with the file listed, cites the figure', () => {
    const queries = client(withHeadlineFile(fixtureManifest()), true);
    const { container } = renderWith(queries, <StorySectionView section={dualUse} stacked />);
    expect(container.textContent).toContain('Wall Street Journal');
  });
});
