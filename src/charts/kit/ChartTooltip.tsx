import type { SeriesColour } from './palette';
import { cssVarsRef } from './css-vars';
import type { PeriodSummary } from './period-summary';

export interface TooltipText {
  basis: (summary: PeriodSummary) => string;
  sources: (summary: PeriodSummary) => string;
  /** When the period's values read years on two sides of a break: the sentence naming it; null otherwise. */
  crossing?: (summary: PeriodSummary) => string | null;
}

interface ChartTooltipProps {
  summary: PeriodSummary;
  colours: ReadonlyMap<string, SeriesColour>;
  text: TooltipText;
  formatValue: (value: number | null) => string;
  x: number;
  containerWidth: number;
  top: number;
}

const TOOLTIP_WIDTH = 240;

export function ChartTooltip({
  summary,
  colours,
  text,
  formatValue,
  x,
  containerWidth,
  top,
}: ChartTooltipProps) {
  const width = Math.min(TOOLTIP_WIDTH, containerWidth - 8);
  const fitsRight = x + 14 + width <= containerWidth;
  const left = fitsRight ? x + 14 : Math.max(4, x - 14 - width);
  return (
    <div
      className="chart-tooltip"
      role="status"
      ref={cssVarsRef({ '--popover-left': left, '--popover-top': top, '--popover-width': width })}
      data-period={summary.period}
    >
      <p className="tooltip-period">{summary.period}</p>
      <dl>
        {summary.values.map((row) => (
          <div key={row.key} className={row.value === null ? 'missing' : undefined}>
            <dt>
              <span
                className="swatch"
                ref={cssVarsRef({ '--swatch': colours.get(row.key)?.line })}
                aria-hidden="true"
              />
              {row.label}
            </dt>
            <dd>{formatValue(row.value)}</dd>
          </div>
        ))}
      </dl>
      {text.crossing?.(summary) ? (
        <p className="tooltip-meta tooltip-crossing">{text.crossing(summary)}</p>
      ) : null}
      <p className="tooltip-meta">{text.basis(summary)}</p>
      <p className="tooltip-meta">{text.sources(summary)}</p>
    </div>
  );
}
