import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATA_FILES } from '../../src/data/files';
import type { TableKind } from '../../src/data/tables';
import { SECTIONS } from '../../src/story/sections';
import { StorySectionView } from '../../src/story/StorySectionView';
import { Timeline } from '../../src/story/Timeline';
import { fixtureManifest } from '../unit/data/fixtures';
import { event, storyData } from '../unit/story/fixtures';
import { withHeadlineFile } from '../unit/story/headline-manifest';

// The charts themselves are SpecFigure's (tested with it); here each graphic says which chart it would draw.
vi.mock('../../src/story/StoryGraphicView', () => ({
  StoryGraphicView: ({ graphic }: { graphic: { chartId: string; title: string } }) => (
    <div data-graphic={graphic.chartId}>{graphic.title}</div>
  ),
}));

afterEach(cleanup);

const events = [
  event({ id: 'invasion', date: '2022-02-24', category: 'war', label: 'Russia invades Ukraine' }),
  event({
    id: 'listing',
    date: '2023-10-06',
    category: 'export-controls',
    label: 'US blacklists Chinese firms',
  }),
  event({ id: 'paper', date: '2023-02-24', category: 'china-position', label: 'Position paper' }),
];

function seededClient(): QueryClient {
  const client = new QueryClient({ defaultOptions: { queries: { queryFn: () => new Promise(() => {}) } } });
  const data = storyData({ events });
  const tables: [string, TableKind, readonly unknown[]][] = [
    [DATA_FILES.baciChpl, 'flows', data.baciChpl],
    [DATA_FILES.baciTotals, 'flows', data.baciTotals],
    [DATA_FILES.concordance, 'concordance', data.concordance],
    [DATA_FILES.chpl, 'chpl', data.chpl],
    [DATA_FILES.imfRussiaPartners, 'flows', data.imf],
    [DATA_FILES.eurostatEuSanctioned, 'flows', data.eurostat],
    [DATA_FILES.comtradeMonthlyTotals, 'flows', data.comtrade],
    [DATA_FILES.headlineFigures, 'headlines', data.headlines],
    [DATA_FILES.events, 'events', data.events],
    [DATA_FILES.partners, 'partners', data.partners],
  ];
  for (const [path, kind, rows] of tables) client.setQueryData(['table', kind, path], { rows, errors: [] });
  client.setQueryData(['manifest'], withHeadlineFile(fixtureManifest()));
  return client;
}

function renderWithData(node: ReactNode) {
  return render(<QueryClientProvider client={seededClient()}>{node}</QueryClientProvider>);
}

describe('StorySectionView, stacked (phone)', () => {
  it.each(SECTIONS.map((section) => [section.id, section] as const))(
    '%s shows its argument, a quote, and each step’s chart with a computed finding',
    (_id, section) => {
      const { container } = renderWithData(<StorySectionView section={section} stacked />);
      expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(section.heading);
      expect(container.querySelector('blockquote')).toHaveTextContent(section.quote);
      const graphics = [...container.querySelectorAll('[data-graphic]')].map((g) =>
        g.getAttribute('data-graphic'),
      );
      expect(graphics).toEqual(section.steps.map((step) => step.graphic.chartId));
      for (const step of section.steps) {
        const finding = container.querySelector(`[data-finding="${step.id}"]`) as HTMLElement;
        expect(within(finding).getByRole('heading')).toHaveTextContent('What the data shows');
        expect(finding.querySelector('p')?.textContent).toBe(
          step.finding(storyData({ events })).sentences.join(' '),
        );
      }
    },
  );
});

describe('StorySectionView, scrolling (desktop)', () => {
  const section = SECTIONS.find((s) => s.steps.length > 2)!;

  it('shows one chart at a time and swaps it when a step is chosen, announcing the change', () => {
    const { container } = renderWithData(<StorySectionView section={section} stacked={false} />);
    const shown = () =>
      [...container.querySelectorAll('[data-graphic]')].map((g) => g.getAttribute('data-graphic'));
    const live = container.querySelector('[aria-live="polite"]');
    expect(shown()).toEqual([section.steps[0]!.graphic.chartId]);
    expect(live).toHaveTextContent('');

    const second = section.steps[1]!;
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: `Chart: ${second.graphic.title}` }));
    });
    expect(shown()).toEqual([second.graphic.chartId]);
    expect(live).toHaveTextContent(`Chart now shows: ${second.graphic.title}`);
    expect(screen.getByRole('button', { name: `Chart: ${second.graphic.title}` })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('activates a step when something in it takes keyboard focus', () => {
    const { container } = renderWithData(<StorySectionView section={section} stacked={false} />);
    const third = section.steps[2]!;
    act(() => {
      (container.querySelector(`.story-step[data-step="${third.id}"] button`) as HTMLElement).focus();
    });
    expect(container.querySelector('[data-graphic]')).toHaveAttribute('data-graphic', third.graphic.chartId);
  });
});

describe('Timeline', () => {
  it('lists every event by year, in date order, each with its source', () => {
    const { container } = renderWithData(<Timeline chartId="sanctions-timeline" title="Timeline" />);
    const figure = container.querySelector('figure')!;
    expect(figure).toHaveAttribute('data-state', 'ready');
    expect(
      [...figure.querySelectorAll('[data-event-id]')].map((e) => e.getAttribute('data-event-id')),
    ).toEqual(['invasion', 'paper', 'listing']);
    expect([...figure.querySelectorAll('.timeline-year')].map((y) => y.textContent)).toEqual([
      '2022',
      '2023',
    ]);
    expect(figure).toHaveTextContent('3 dated events, 2022–2023');
    expect(within(figure).getAllByRole('link', { name: 'A source' })).toHaveLength(3);
  });
});
