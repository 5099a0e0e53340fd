// Draws a step's graphic: its ChartSpec with the cited reference marks, or the timeline.
import { useMemo } from 'react';
import { SpecFigure } from '../app/SpecFigure';
import { referenceMarks } from './facts/reference-marks';
import type { SpecGraphic, StoryGraphic } from './graphics';
import { Timeline } from './Timeline';
import { useHeadlineFigures } from './useHeadlineFigures';

function SpecGraphicView({ graphic, stepId }: { graphic: SpecGraphic; stepId?: string }) {
  const headlines = useHeadlineFigures();
  const marks = useMemo(
    () => (headlines && graphic.marks ? referenceMarks(headlines, graphic.marks) : []),
    [headlines, graphic.marks],
  );
  return (
    <SpecFigure
      spec={graphic.spec}
      chartId={graphic.chartId}
      title={graphic.title}
      referenceMarks={marks}
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
