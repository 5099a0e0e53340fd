// "What the data shows": the step's finding, computed from the loaded rows when the page renders.
import { useMemo } from 'react';
import type { StoryStep } from './sections';
import { useStoryData } from './useStoryData';

export function StepFinding({ step }: { step: StoryStep }) {
  const data = useStoryData();
  const finding = useMemo(() => (data ? step.finding(data) : null), [data, step]);
  return (
    <div className="finding" data-finding={step.id}>
      <h3 className="finding-heading">What the data shows</h3>
      {finding ? (
        <p>{finding.sentences.join(' ')}</p>
      ) : (
        <p className="finding-loading">Computing from the data…</p>
      )}
    </div>
  );
}
