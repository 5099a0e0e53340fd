import { useId, useState, type ReactNode } from 'react';
import { PageBoundary } from '../figure/PageBoundary';
import { i18n } from '../i18n/i18n';
import { DATASETS, flowKey, type ChartSpec } from '../spec';
import { ChartOptions } from './ChartOptions';
import { ComparableBasis } from './ComparableBasis';
import { FlowPicker } from './FlowPicker';
import { PartnerGoods } from './PartnerGoods';
import { PartnerPicker } from './PartnerPicker';
import { ProductPicker } from './ProductPicker';
import { TimeRange } from './TimeRange';
import { TransformControls } from './TransformControls';
import type { SpecChange } from './useExplorerSpec';
import { UserFileControls } from './user/UserFileControls';
import { UserProductPicker } from './user/UserProductPicker';

interface ControlsPanelProps {
  spec: ChartSpec;
  onChange: SpecChange;
}

/** Every control, in the order a reader decides: flow, series, period, measure, then how to draw. */
export function ControlsPanel({ spec, onChange }: ControlsPanelProps) {
  // On a phone the panel sits above the chart, folded; on a wide screen it is a sidebar, always open (CSS).
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  return (
    <aside
      className="explorer-controls"
      aria-label={i18n._({ id: 'explorer.controls', message: 'Chart controls' })}
      data-open={open}
    >
      <button
        type="button"
        className="controls-toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen(!open)}
      >
        {open
          ? i18n._({ id: 'explorer.controls-hide', message: 'Hide chart controls' })
          : i18n._({ id: 'explorer.controls-show', message: 'Show chart controls' })}
      </button>
      <div id={bodyId} className="controls-body">
        <Section title={i18n._({ id: 'explorer.sec-data', message: 'Data' })}>
          <FlowPicker spec={spec} onChange={onChange} />
          {DATASETS[spec.dataset].inBrowser && <UserFileControls spec={spec} onChange={onChange} />}
        </Section>
        <Section
          title={
            spec.flow.kind === 'partners'
              ? i18n._({ id: 'explorer.sec-partners', message: 'Partners' })
              : i18n._({ id: 'explorer.sec-products', message: 'Products' })
          }
        >
          <PageBoundary>
            <SeriesPicker spec={spec} onChange={onChange} />
          </PageBoundary>
        </Section>
        <Section title={i18n._({ id: 'explorer.sec-period', message: 'Period' })}>
          <TimeRange spec={spec} onChange={onChange} />
        </Section>
        <Section title={i18n._({ id: 'explorer.sec-measure', message: 'Measure' })}>
          <TransformControls spec={spec} onChange={onChange} />
        </Section>
        <Section title={i18n._({ id: 'explorer.sec-chart', message: 'Chart' })}>
          <ChartOptions spec={spec} onChange={onChange} />
        </Section>
        <button type="button" className="controls-toggle controls-done" onClick={() => fold(setOpen)}>
          {i18n._({ id: 'explorer.controls-done', message: 'Done: show the chart' })}
        </button>
      </div>
    </aside>
  );
}

/** Folds the panel and brings the chart into view (on a phone it sits below the long panel). */
function fold(setOpen: (open: boolean) => void) {
  setOpen(false);
  document.querySelector('.explorer-figure')?.scrollIntoView({ block: 'start' });
}

function SeriesPicker({ spec, onChange }: ControlsPanelProps) {
  // A reader's file offers the products it holds, not the built-in catalogue.
  if (DATASETS[spec.dataset].inBrowser) return <UserProductPicker spec={spec} onChange={onChange} />;
  if (spec.flow.kind === 'partners') {
    // A new flow starts a new search: what was typed for one reporter's partners may mean nothing for another.
    const key = `${spec.dataset}|${flowKey(spec.flow)}`;
    const picker = <PartnerPicker key={key} spec={spec} flow={spec.flow} onChange={onChange} />;
    if (!DATASETS[spec.dataset].productKinds.includes('tier')) return picker;
    return (
      <>
        <PartnerGoods spec={spec} onChange={onChange} />
        <ComparableBasis spec={spec} onChange={onChange} />
        {picker}
      </>
    );
  }
  if (DATASETS[spec.dataset].productKinds.includes('tier'))
    return <ProductPicker spec={spec} onChange={onChange} />;
  return (
    <p className="hint">
      {i18n._({
        id: 'explorer.no-products',
        message: 'Monthly totals cover all goods only: no product breakdown.',
      })}
    </p>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="controls-section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}
