// The table view: exactly the numbers the chart shows, sortable by any column (press a header).
import { useState } from 'react';
import type { Unit } from '../../data/series';
import { formatLong } from '../unit-format';
import { sortRows, type SortState, type TableModel } from './table-rows';

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
  return (
    <div className="table-scroll">
      <table data-table="chart-data" className="spec-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {model.columns.map((column, i) => {
              const index = i - 1;
              const active = sort?.column === index;
              return (
                <th key={column.key} scope="col" aria-sort={active ? sort.direction : 'none'}>
                  <button type="button" onClick={() => setSort(nextSort(sort, index))}>
                    {column.label}
                    <span aria-hidden="true">
                      {active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                    </span>
                  </button>
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
                  {formatLong(value, unit)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
