import type { RejectedRow } from '../data/importers/types';
import { i18n } from '../i18n/i18n';
import { emptyValue, formatCount, rejectedNote } from './words';

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
        {total === 1
          ? i18n._({ id: 'import.left-out-1', message: '1 row left out' })
          : i18n._(
              { id: 'import.left-out', message: '{count} rows left out' },
              { count: formatCount(total) },
            )}
      </h2>
      <p>{rejectedNote(total, rows.length, shown.length)}</p>
      <div className="table-scroll">
        <table className="rejected-table">
          <thead>
            <tr>
              <th scope="col" className="num">
                {i18n._({ id: 'import.col-row', message: 'Row' })}
              </th>
              <th scope="col">{i18n._({ id: 'import.col-column', message: 'Column' })}</th>
              <th scope="col">{i18n._({ id: 'import.col-value', message: 'Value' })}</th>
              <th scope="col">{i18n._({ id: 'import.col-expected', message: 'What was expected' })}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row, index) => (
              <tr key={`${row.row}-${row.column ?? ''}-${index}`} data-kind={row.kind}>
                <td className="num">{row.row}</td>
                <td>{row.column ?? i18n._({ id: 'import.whole-row', message: '(whole row)' })}</td>
                <td>
                  <code>{row.value === '' ? emptyValue() : row.value}</code>
                </td>
                <td>
                  {row.message}
                  {row.kind === 'unsupported' ? (
                    <span className="kind">
                      {' '}
                      {i18n._({ id: 'import.unsupported', message: '(valid, but not shown here)' })}
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="import-button" onClick={onDownload}>
        {i18n._({ id: 'import.download-left-out', message: 'Download the rows left out (CSV)' })}
      </button>
    </section>
  );
}
