// The embed's chart: the same spec-driven figure as the app's pages, in its embed variant.
import type { ReactNode } from 'react';
import { SpecFigure } from '../figure/SpecFigure';
import type { SpecChartData } from '../charts/spec-chart/types';
import type { EmbedRequest } from '../spec/embed-params';

/** The figure's id when the embed draws a spec from its own query parameters rather than a preset. */
export const SPEC_CHART_ID = 'embed';

export interface EmbedChartProps {
  request: EmbedRequest;
  pinLine: ReactNode;
  /** Data computed at build time (a prerendered embed): nothing is fetched. */
  data?: SpecChartData | undefined;
}

export function EmbedChart({ request, pinLine, data }: EmbedChartProps) {
  return (
    <>
      <SpecFigure
        spec={request.spec}
        chartId={request.presetId ?? SPEC_CHART_ID}
        variant="embed"
        showActions={request.controls}
        {...(data ? { data } : {})}
      />
      {pinLine}
    </>
  );
}
