// One argument of the article. Desktop: the chart stays in view while the steps scroll past, and each step
// swaps the chart (announced politely to screen readers). Phone: each step's chart sits under its text.
import { useEffect, useRef, useState } from 'react';
import { ARTICLE_TITLE, type StorySection, type StoryStep } from './sections';
import { StepEvents } from './StepEvents';
import { StepFinding } from './StepFinding';
import { StoryGraphicView } from './StoryGraphicView';
import { useActiveStep } from './useActiveStep';

function SectionHead({ section }: { section: StorySection }) {
  return (
    <header className="story-section-head">
      <h2 id={`${section.id}-heading`}>{section.heading}</h2>
      <p className="argument">{section.argument}</p>
      <blockquote className="article-quote">
        <p>“{section.quote}”</p>
        <footer>
          — <cite>{ARTICLE_TITLE}</cite>
        </footer>
      </blockquote>
    </header>
  );
}

function StackedStep({ step }: { step: StoryStep }) {
  return (
    <div className="story-step" data-step={step.id}>
      {step.text}
      <StepEvents step={step} />
      <StoryGraphicView graphic={step.graphic} stepId={step.id} />
      <StepFinding step={step} />
    </div>
  );
}

function useAnnouncement(title: string): string {
  const [message, setMessage] = useState('');
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setMessage(`Chart now shows: ${title}`);
  }, [title]);
  return message;
}

function ScrollySection({ section }: { section: StorySection }) {
  const { active, setActive, stepRef } = useActiveStep(section.steps.length, true);
  const current = section.steps[active] ?? section.steps[0];
  const announcement = useAnnouncement(current?.graphic.title ?? '');
  const several = section.steps.length > 1;
  return (
    <div className={`scrolly${several ? '' : ' single'}`}>
      <div className="scrolly-graphic">
        <div className="scrolly-sticky" key={current?.id} data-active-step={current?.id}>
          {current ? <StoryGraphicView graphic={current.graphic} stepId={current.id} /> : null}
        </div>
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
      </div>
      <div className="scrolly-steps">
        {section.steps.map((step, index) => (
          <div
            key={step.id}
            ref={stepRef(index)}
            className={`story-step${index === active ? ' active' : ''}`}
            data-step={step.id}
            onFocusCapture={() => setActive(index)}
          >
            {several ? (
              <button
                type="button"
                className="step-show"
                aria-pressed={index === active}
                onClick={() => setActive(index)}
              >
                Chart: {step.graphic.title}
              </button>
            ) : null}
            {step.text}
            <StepEvents step={step} />
            <StepFinding step={step} />
          </div>
        ))}
      </div>
    </div>
  );
}

export function StorySectionView({ section, stacked }: { section: StorySection; stacked: boolean }) {
  return (
    <section className="story-section" id={section.id} aria-labelledby={`${section.id}-heading`}>
      <SectionHead section={section} />
      {stacked ? (
        section.steps.map((step) => <StackedStep key={step.id} step={step} />)
      ) : (
        <ScrollySection section={section} />
      )}
    </section>
  );
}
