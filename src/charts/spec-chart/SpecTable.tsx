// The table view: exactly the numbers the chart shows, sortable by any column (press a header). Headers wrap,
// the header row and the first column stay in view, each column states its unit once and aligns its figures on
// the decimal point, and a shadow plus a word say when there are more columns to the side.
import { useMemo, useRef, useState } from 'react';
import type { Unit } from '../../data/series';
import { columnFormat } from './table-format';
import { sortRows, type SortState } from './sort-rows';
import type { TableModel } from './table-rows';
import { useScrollEdges } from './useScrollEdges';
import { i18n } from '../../i18n/i18n';

interface SpecTableProps {
  caption: string;
  model: TableModel;
  unit: Unit;
}

function nextSort(current: SortState | null, column: number): SortState {
  if (current?.column === column) {
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { column, direction: column < 0 ? 'ascending' : 'descending' };
}

export function SpecTable({ caption, model, unit }: SpecTableProps) {
  const [sort, setSort] = useState<SortState | null>(null);
  const rows = sortRows(model, sort);
  const formats = useMemo(
    () =>
      model.columns.slice(1).map((_, i) =>
        columnFormat(
          model.rows.map((row) => row.values[i] ?? null),
          unit,
        ),
      ),
    [model, unit],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  const edges = useScrollEdges(scrollRef);
  return (
    <>
      {edges.left || edges.right ? (
        <p className="table-scroll-cue" aria-hidden="true">
          {edges.right
            ? i18n._({ id: 'table.more-right', message: 'Scroll sideways for more columns →' })
            : i18n._({ id: 'table.more-left', message: '← More columns to the left' })}
        </p>
      ) : null}
      <div
        className="table-frame"
        data-more-left={edges.left ? 'true' : undefined}
        data-more-right={edges.right ? 'true' : undefined}
      >
        {/* Focusable so a keyboard can scroll it; named by the table's caption. */}
        <div className="spec-table-scroll" ref={scrollRef} tabIndex={0} role="region" aria-label={caption}>
          <table data-table="chart-data" className="spec-table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                {model.columns.map((column, i) => {
                  const index = i - 1;
                  const active = sort?.column === index;
                  const columnUnit = index >= 0 ? formats[index]?.unitLabel : undefined;
                  return (
                    <th key={column.key} scope="col" aria-sort={active ? sort.direction : 'none'}>
                      <button type="button" onClick={() => setSort(nextSort(sort, index))}>
                        <span className="spec-table-label">{column.label}</span>
                        <span aria-hidden="true">
                          {active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                        </span>
                      </button>
                      {columnUnit ? <span className="spec-table-unit">{columnUnit}</span> : null}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  {row.values.map((value, i) => (
                    <td key={i} className={value === null ? 'missing' : undefined}>
                      {formats[i]?.format(value) ?? i18n._({ id: 'chart.no-data', message: 'no data' })}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </>
  );
}
