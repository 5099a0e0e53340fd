// The chart's numbers as a table, visually hidden: screen readers get every value, not just the picture.
import type { Series } from '../../data/series';
import { summarisePeriod } from './period-summary';
import type { TooltipText } from './ChartTooltip';
import { i18n } from '../../i18n/i18n';

interface DataTableProps {
  caption: string;
  series: readonly Series[];
  text: TooltipText;
  formatValue: (value: number | null) => string;
}

/** The first column's header of a table by period (this one and the table view's, ../spec-chart/table-rows.ts). */
export const periodHeader = (): string => i18n._({ id: 'table.period', message: 'Period' });

export function DataTable({ caption, series, text, formatValue }: DataTableProps) {
  const periods = series[0]?.points.map((p) => p.period) ?? [];
  return (
    // A table ignores width: 1px, so the hiding is done by a wrapper.
    <div className="visually-hidden chart-data-table">
      <table data-table="chart-data">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{periodHeader()}</th>
            {series.map((s) => (
              <th key={s.key} scope="col">
                {s.label}
              </th>
            ))}
            <th scope="col">{i18n._({ id: 'table.basis', message: 'Reporting basis' })}</th>
          </tr>
        </thead>
        <tbody>
          {periods.map((period) => {
            const summary = summarisePeriod(series, period);
            return (
              <tr key={period}>
                <th scope="row">{period}</th>
                {summary.values.map((row) => (
                  <td key={row.key}>{formatValue(row.value)}</td>
                ))}
                <td>
                  {text.basis(summary)}
                  {text.crossing?.(summary) ? ` ${text.crossing(summary)}.` : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
