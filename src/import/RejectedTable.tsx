import type { RejectedRow } from '../data/importers/types';
import { formatCount } from '../figure/format-bytes';
import { rejectedNote } from './words';

/** Rows shown on the page; the download holds every one the importer kept. */
export const REJECTED_SHOWN = 200;

interface RejectedTableProps {
  rows: readonly RejectedRow[];
  /** Rows the file left out in all (the importer lists only the first few hundred). */
  total: number;
  onDownload: () => void;
}

/** Each row left out: its line in the file, the column, the value and what was expected instead. */
export function RejectedTable({ rows, total, onDownload }: RejectedTableProps) {
  const shown = rows.slice(0, REJECTED_SHOWN);
  return (
    <section className="rejected" aria-labelledby="rejected-title">
      <h2 id="rejected-title">
        {formatCount(total)} {total === 1 ? 'row' : 'rows'} left out
      </h2>
      <p>{rejectedNote(total, rows.length, shown.length)}</p>
      <div className="table-scroll">
        <table className="rejected-table">
          <thead>
            <tr>
              <th scope="col" className="num">
                Row
              </th>
              <th scope="col">Column</th>
              <th scope="col">Value</th>
              <th scope="col">What was expected</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row, index) => (
              <tr key={`${row.row}-${row.column ?? ''}-${index}`} data-kind={row.kind}>
                <td className="num">{row.row}</td>
                <td>{row.column ?? '(whole row)'}</td>
                <td>
                  <code>{row.value === '' ? '(empty)' : row.value}</code>
                </td>
                <td>
                  {row.message}
                  {row.kind === 'unsupported' ? (
                    <span className="kind"> (valid, but not shown here)</span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="import-button" onClick={onDownload}>
        Download the rows left out (CSV)
      </button>
    </section>
  );
}
