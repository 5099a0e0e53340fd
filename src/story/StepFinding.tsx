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
        <>
          <p>{finding.sentences.join(' ')}</p>
          {finding.sources && finding.sources.length > 0 ? (
            <ul className="finding-sources" aria-label="Sources of the figures quoted">
              {finding.sources.map((source) => (
                <li key={source.url + source.label}>
                  <a href={source.url} target="_blank" rel="noopener noreferrer">
                    {source.label}
                  </a>
                  {source.secondary
                    ? ' (secondary report: the page quoting the figure, not its publisher’s own)'
                    : null}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : (
        <p className="finding-loading">Computing from the data…</p>
      )}
    </div>
  );
}
