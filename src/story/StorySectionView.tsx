// One argument of the article. Desktop: the chart stays in view while the steps scroll past, and each step
// swaps the chart (announced politely to screen readers). Phone: each step's chart sits under its text.
import { useEffect, useRef, useState } from 'react';
import { activeLocale, i18n } from '../i18n/i18n';
import { HTML_LANG } from '../i18n/locales';
import { ARTICLE_TITLE, type StorySection, type StoryStep } from './sections';
import { StepEvents } from './StepEvents';
import { StepFinding } from './StepFinding';
import { StoryGraphicView } from './StoryGraphicView';
import { useActiveStep } from './useActiveStep';

/** Under each quotation in Chinese and Russian: the project's own translation, labelled as such, so that a reader
 * never takes it for the article's words (the article is English; its quotations stay verbatim). */
function QuoteTranslation({ section }: { section: StorySection }) {
  const locale = activeLocale();
  if (locale === 'en') return null;
  return (
    <p className="quote-translation" lang={HTML_LANG[locale]}>
      <span className="quote-translation-label">
        {i18n._({ id: 'story.quote.label', message: 'This project’s translation:' })}
      </span>{' '}
      {section.quoteTranslation}
    </p>
  );
}

function SectionHead({ section }: { section: StorySection }) {
  // The quotation is the article's English: said so to screen readers and fonts once the page is not English.
  const english = activeLocale() === 'en' ? undefined : 'en';
  return (
    <header className="story-section-head">
      <h2 id={`${section.id}-heading`}>{section.heading}</h2>
      <p className="argument">{section.argument}</p>
      <blockquote className="article-quote" lang={english}>
        <p>“{section.quote}”</p>
        <footer>
          — <cite>{ARTICLE_TITLE}</cite>
        </footer>
      </blockquote>
      <QuoteTranslation section={section} />
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
    setMessage(i18n._({ id: 'story.chart-now', message: 'Chart now shows: {title}' }, { title }));
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
                {i18n._(
                  { id: 'story.chart-button', message: 'Chart: {title}' },
                  { title: step.graphic.title },
                )}
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
