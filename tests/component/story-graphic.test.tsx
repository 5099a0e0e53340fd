import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SpecFigureProps } from '../../src/figure/SpecFigure';
import { DATA_FILES } from '../../src/data/files';
import { SECTIONS } from '../../src/story/sections';
import { StoryGraphicView } from '../../src/story/StoryGraphicView';
import { fixtureManifest } from '../unit/data/fixtures';
import { headline } from '../unit/story/fixtures';
import { withHeadlineFile } from '../unit/story/headline-manifest';

// SpecFigure draws charts (tested on its own); here it records what the story asks it to draw.
const drawn: SpecFigureProps[] = [];
vi.mock('../../src/figure/SpecFigure', () => ({
  SpecFigure: (props: SpecFigureProps) => {
    drawn.push(props);
    return <figure data-chart-id={props.chartId} />;
  },
}));

beforeEach(() => {
  drawn.length = 0;
});
afterEach(cleanup);

const headlines = [
  headline({
    id: 'chinas-exports-of-integrated-circuits-to-russia-2022',
    value: '179',
    note: 'Same article: 2021 = $74M.',
  }),
];

function renderGraphic(graphic: Parameters<typeof StoryGraphicView>[0]['graphic']) {
  const client = new QueryClient({ defaultOptions: { queries: { queryFn: () => new Promise(() => {}) } } });
  client.setQueryData(['table', 'headlines', DATA_FILES.headlineFigures], { rows: headlines, errors: [] });
  client.setQueryData(['table', 'events', DATA_FILES.events], { rows: [], errors: [] });
  client.setQueryData(['manifest'], withHeadlineFile(fixtureManifest()));
  return render(
    <QueryClientProvider client={client}>
      <StoryGraphicView graphic={graphic} />
    </QueryClientProvider>,
  );
}

describe('StoryGraphicView', () => {
  it.each(SECTIONS.flatMap((s) => s.steps).map((step) => [step.id, step.graphic] as const))(
    'step %s draws its own spec, id and title',
    (_id, graphic) => {
      const { container } = renderGraphic(graphic);
      expect(container.querySelector('figure')).toHaveAttribute('data-chart-id', graphic.chartId);
      if (graphic.kind !== 'spec') return;
      expect(drawn.at(-1)).toMatchObject({
        spec: graphic.spec,
        chartId: graphic.chartId,
        title: graphic.title,
      });
    },
  );
});
