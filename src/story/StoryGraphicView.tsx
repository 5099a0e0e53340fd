// Draws a step's graphic: its ChartSpec (with the published figures that belong to that spec, see
// app/published-marks/eligible.ts), or the timeline.
import { SpecFigure } from '../figure/SpecFigure';
import { useFirstChartData } from './first-chart';
import type { SpecGraphic, StoryGraphic } from './graphics';
import { Timeline } from './Timeline';

function SpecGraphicView({ graphic, stepId }: { graphic: SpecGraphic; stepId?: string }) {
  // The first step's chart may come ready-made from the build (first-chart.ts).
  const data = useFirstChartData(stepId, graphic.spec);
  return (
    <SpecFigure
      builtData={data}
      spec={graphic.spec}
      chartId={graphic.chartId}
      title={graphic.title}
      notesCollapsed
      stepId={stepId}
    />
  );
}

/** `stepId`: the step that shows the graphic, so its shared link opens the story at that step. */
export function StoryGraphicView({ graphic, stepId }: { graphic: StoryGraphic; stepId?: string }) {
  return graphic.kind === 'timeline' ? (
    <Timeline chartId={graphic.chartId} title={graphic.title} stepId={stepId} />
  ) : (
    <SpecGraphicView graphic={graphic} stepId={stepId} />
  );
}
