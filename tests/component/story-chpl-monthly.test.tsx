// The story's monthly CHPL charts appear only in a build whose manifest lists the monthly file: without it each
// section keeps its own annual charts, with no empty frame. Charts are stand-ins (SpecFigure is tested elsewhere).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATA_FILES } from '../../src/data/files';
import type { Manifest } from '../../src/data/schema';
import type { TableKind } from '../../src/data/tables';
import { chplMonthlyFinding, chplPartnersFinding } from '../../src/story/facts/chpl-monthly';
import { SECTIONS } from '../../src/story/sections';
import { StorySections } from '../../src/story/StorySections';
import { fixtureManifest } from '../unit/data/fixtures';
import { monthlyRows, withMonthlyFile } from '../unit/query/chpl-monthly-fixtures';
import { storyData } from '../unit/story/fixtures';

vi.mock('../../src/story/StoryGraphicView', () => ({
  StoryGraphicView: ({ graphic }: { graphic: { chartId: string; title: string } }) => (
    <div data-graphic={graphic.chartId}>{graphic.title}</div>
  ),
}));

afterEach(cleanup);

function seededClient(manifest: Manifest): QueryClient {
  const client = new QueryClient({ defaultOptions: { queries: { queryFn: () => new Promise(() => {}) } } });
  const data = storyData();
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
    [DATA_FILES.comtradeChplMonthly, 'flows', monthlyRows],
  ];
  for (const [path, kind, rows] of tables) client.setQueryData(['table', kind, path], { rows, errors: [] });
  client.setQueryData(['manifest'], manifest);
  return client;
}

function renderStory(manifest: Manifest, stacked: boolean) {
  return render(
    <QueryClientProvider client={seededClient(manifest)}>
      <StorySections stacked={stacked} />
    </QueryClientProvider>,
  );
}

const graphicsIn = (container: HTMLElement, section: string) =>
  [...container.querySelectorAll(`#${section} [data-graphic]`)].map((g) => g.getAttribute('data-graphic'));
const stepsIn = (container: HTMLElement, section: string) =>
  [...container.querySelectorAll(`#${section} .story-step`)].map((s) => s.getAttribute('data-step'));

describe('story: monthly CHPL charts', () => {
  it('with the monthly file: section 5 adds the tiers and transit-partner charts after the totals, with findings', () => {
    const { container } = renderStory(withMonthlyFile(fixtureManifest()), true);
    expect(graphicsIn(container, 'change-course')).toEqual([
      'story-monthly-totals',
      'story-monthly-chpl-tiers',
      'story-monthly-chpl-partners',
      'story-monthly-totals-ytd',
    ]);
    const data = storyData({ comtradeChpl: monthlyRows });
    for (const [step, finding] of [
      ['monthly-chpl-tiers', chplMonthlyFinding],
      ['monthly-chpl-partners', chplPartnersFinding],
    ] as const) {
      expect(container.querySelector(`[data-finding="${step}"] p`)?.textContent).toBe(
        finding(data).sentences.join(' '),
      );
    }
    // The other sections are as every build has them.
    expect(container.querySelectorAll('.story-section')).toHaveLength(SECTIONS.length);
    expect(graphicsIn(container, 'dual-use-supply')).toEqual([
      'story-tier-1',
      'story-tier-4b',
      'story-top-codes',
    ]);
  });

  it('without it: section 5 shows its own charts only, and no frame or step for the monthly charts', () => {
    const { container } = renderStory(fixtureManifest(), true);
    expect(graphicsIn(container, 'change-course')).toEqual([
      'story-monthly-totals',
      'story-monthly-totals-ytd',
    ]);
    expect(stepsIn(container, 'change-course')).toEqual(['monthly-totals', 'after-detail']);
    expect(container.querySelector('[data-finding^="monthly-chpl"]')).toBeNull();
  });

  it('on a wide screen the steps are there to choose from when the file is, and absent when not', () => {
    const withFile = renderStory(withMonthlyFile(fixtureManifest()), false).container;
    expect(stepsIn(withFile, 'change-course')).toEqual([
      'monthly-totals',
      'monthly-chpl-tiers',
      'monthly-chpl-partners',
      'after-detail',
    ]);
    cleanup();
    const without = renderStory(fixtureManifest(), false).container;
    expect(stepsIn(without, 'change-course')).toEqual(['monthly-totals', 'after-detail']);
    expect(without.querySelector('#change-course [data-step^="monthly-chpl"]')).toBeNull();
  });
});
