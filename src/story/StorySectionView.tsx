// One argument of the article. Desktop: the chart stays in view while the steps scroll past, and each step
// swaps the chart (announced politely to screen readers). Phone: each step's chart sits under its text.
import { useEffect, useRef, useState, type ReactNode } from 'react';
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

/** Which step a section's sticky chart shows, following the step being read (desktop). */
function useScrolly(section: StorySection, enabled = true) {
  const { active, setActive, stepRef } = useActiveStep(section.steps.length, enabled);
  const current = section.steps[active] ?? section.steps[0];
  const announcement = useAnnouncement(current?.graphic.title ?? '');
  // Whether the reader has moved off the first step: from then on a chart fades in when its step swaps it in.
  const [swapped, setSwapped] = useState(false);
  if (active !== 0 && !swapped) setSwapped(true);
  return { active, setActive, stepRef, current, announcement, swapped };
}

type Scrolly = ReturnType<typeof useScrolly>;

function ScrollyGraphic({
  current,
  announcement,
  swapped,
}: Pick<Scrolly, 'current' | 'announcement' | 'swapped'>) {
  return (
    <div className="scrolly-graphic">
      {/* Fades in when the step swaps it, not when the page opens: the first chart shows with the HTML's first
          paint (an element at opacity 0 is no largest contentful paint until it fades in). */}
      <div
        className={`scrolly-sticky${swapped ? ' swapped' : ''}`}
        key={current?.id}
        data-active-step={current?.id}
      >
        {current ? <StoryGraphicView graphic={current.graphic} stepId={current.id} /> : null}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

function ScrollySteps({
  section,
  active,
  setActive,
  stepRef,
}: Pick<Scrolly, 'active' | 'setActive' | 'stepRef'> & { section: StorySection }) {
  const several = section.steps.length > 1;
  return section.steps.map((step, index) => (
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
          {i18n._({ id: 'story.chart-button', message: 'Chart: {title}' }, { title: step.graphic.title })}
        </button>
      ) : null}
      {step.text}
      <StepEvents step={step} />
      <StepFinding step={step} />
    </div>
  ));
}

function ScrollySection({ section }: { section: StorySection }) {
  const scrolly = useScrolly(section);
  return (
    <div className={`scrolly${section.steps.length > 1 ? '' : ' single'}`}>
      <ScrollyGraphic {...scrolly} />
      <div className="scrolly-steps">
        <ScrollySteps section={section} {...scrolly} />
      </div>
    </div>
  );
}

/**
 * What the story opens with, around its first section (./StoryPage.tsx): `title`, the title and the article's
 * credit, beside the section's first chart; `intro`, the introduction, before the section's head.
 */
export interface StoryOpening {
  title: ReactNode;
  intro: ReactNode;
}

function SectionElement({ section, children }: { section: StorySection; children: ReactNode }) {
  return (
    <section className="story-section" id={section.id} aria-labelledby={`${section.id}-heading`}>
      <SectionHead section={section} />
      {children}
    </section>
  );
}

/**
 * The story's first screen: the title and the credit beside the first section's chart (on a phone, the title,
 * then the chart), so the chart is what a reader sees first and the page's largest text is the chart's (LCP).
 * On a desktop the chart stays in view (sticky) while the introduction and the section's steps scroll past
 * beside it, swapping as the section's other charts do; stacked (a phone), it shows the first step's chart and
 * the other steps' charts sit under their text (story.css). One component for both, so that a page switching
 * between them (the build drew the desktop's) keeps the chart's element and only redraws it at its width.
 */
function Opening({
  section,
  opening,
  stacked,
}: {
  section: StorySection;
  opening: StoryOpening;
  stacked: boolean;
}) {
  const scrolly = useScrolly(section, !stacked);
  const [first, ...rest] = section.steps;
  const several = section.steps.length > 1;
  return (
    <div className={stacked ? 'story-opening' : `scrolly story-opening${several ? '' : ' single'}`}>
      {opening.title}
      <ScrollyGraphic {...scrolly} current={stacked ? first : scrolly.current} />
      <div className="scrolly-steps">
        {opening.intro}
        <SectionElement section={section}>
          {!stacked ? (
            <ScrollySteps section={section} {...scrolly} />
          ) : (
            <>
              {first ? (
                // Its chart is the opening's, above.
                <div className="story-step" data-step={first.id}>
                  {first.text}
                  <StepEvents step={first} />
                  <StepFinding step={first} />
                </div>
              ) : null}
              {rest.map((step) => (
                <StackedStep key={step.id} step={step} />
              ))}
            </>
          )}
        </SectionElement>
      </div>
    </div>
  );
}

/** `opening`: this section opens the story (on screen; printed, the story keeps the order of a document). */
export function StorySectionView({
  section,
  stacked,
  opening,
}: {
  section: StorySection;
  stacked: boolean;
  opening?: StoryOpening | undefined;
}) {
  if (opening) return <Opening section={section} opening={opening} stacked={stacked} />;
  return (
    <SectionElement section={section}>
      {stacked ? (
        section.steps.map((step) => <StackedStep key={step.id} step={step} />)
      ) : (
        <ScrollySection section={section} />
      )}
    </SectionElement>
  );
}
