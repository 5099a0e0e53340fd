// "What the data shows": the step's finding, computed from the loaded rows when the page renders.
import { useMemo } from 'react';
import { activeLocale, i18n } from '../i18n/i18n';
import { englishParts } from './facts/format';
import type { StoryStep } from './sections';
import { useStoryData } from './useStoryData';

/** A finding's text with the words it keeps in English (a publisher, an outlet, a published claim) marked so. */
function WithEnglish({ text }: { text: string }) {
  return englishParts(text).map((part, i) =>
    i % 2 === 1 ? (
      <span key={i} lang="en">
        {part}
      </span>
    ) : (
      part
    ),
  );
}

export function StepFinding({ step }: { step: StoryStep }) {
  const data = useStoryData();
  const finding = useMemo(() => (data ? step.finding(data) : null), [data, step]);
  return (
    <div className="finding" data-finding={step.id}>
      <h3 className="finding-heading">
        {i18n._({ id: 'story.finding.heading', message: 'What the data shows' })}
      </h3>
      {finding ? (
        <>
          {/* Chinese sentences follow each other without a space. */}
          <p>
            <WithEnglish text={finding.sentences.join(activeLocale() === 'zh' ? '' : ' ')} />
          </p>
          {finding.sources && finding.sources.length > 0 ? (
            <ul
              className="finding-sources"
              aria-label={i18n._({ id: 'story.finding.sources', message: 'Sources of the figures quoted' })}
            >
              {finding.sources.map((source) => (
                <li key={source.url + source.label}>
                  <a href={source.url} target="_blank" rel="noopener noreferrer">
                    <WithEnglish text={source.label} />
                  </a>
                  {source.secondary
                    ? i18n._({
                        id: 'story.finding.secondary',
                        message: ' (secondary report: the page quoting the figure, not its publisher’s own)',
                      })
                    : null}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : (
        <p className="finding-loading">
          {i18n._({ id: 'story.finding.loading', message: 'Computing from the data…' })}
        </p>
      )}
    </div>
  );
}
