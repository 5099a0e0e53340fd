// The frame every chart shares (see the DOM contract): figure, caption, body, source line, notes.
import type { ReactNode } from 'react';
import { SourceLine } from './source-line';

export type ChartState = 'loading' | 'ready' | 'error';

export interface ChartFrameProps {
  chartId: string;
  title: string;
  subtitle: string;
  state: ChartState;
  sourceLine?: string | undefined;
  children: ReactNode;
  footer?: ReactNode;
}

export function ChartFrame({
  chartId,
  title,
  subtitle,
  state,
  sourceLine,
  children,
  footer,
}: ChartFrameProps) {
  return (
    <figure className="chart" data-chart-id={chartId} data-state={state} aria-busy={state === 'loading'}>
      <figcaption>
        <span className="chart-title">{title}</span>
        <span className="chart-subtitle">{subtitle}</span>
      </figcaption>
      {children}
      {sourceLine ? <SourceLine line={sourceLine} /> : null}
      {footer}
    </figure>
  );
}
