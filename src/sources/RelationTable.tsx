// Each CHPL code's HS 2017 line and whether it is comparable across the HS 2022 change: the table the charts'
// notes on the HS change link to (#/sources#hs-relation).
import type { RelationRow } from './relation-rows';
import { i18n } from '../i18n/i18n';
import { LINK_SLOT, WithLink } from '../figure/WithLink';
import { WithCode } from '../charts/kit/WithCode';

export const RELATION_TABLE_ID = 'hs-relation';

export function RelationTable({ rows }: { rows: readonly RelationRow[] }) {
  const comparable = rows.filter((row) => row.comparable).length;
  const yes = i18n._({ id: 'sources.yes', message: 'yes' });
  const no = i18n._({ id: 'sources.no', message: 'no' });
  return (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label={i18n._({ id: 'sources.relation-region', message: 'HS 2022 to HS 2017 relation' })}
    >
      <table data-table="hs-relation" className="relation-table">
        <caption>
          {i18n._(
            {
              id: 'sources.relation-caption',
              message:
                'The {count} CHPL codes (HS 2022) and the HS 2017 lines BACI holds them in: {comparable} comparable across the HS change, {not} not',
            },
            { count: rows.length, comparable, not: rows.length - comparable },
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col">HS 2022</th>
            <th scope="col">{i18n._({ id: 'sources.col-tier', message: 'Tier' })}</th>
            <th scope="col">HS 2017</th>
            <th scope="col">{i18n._({ id: 'sources.col-class', message: 'Class' })}</th>
            <th scope="col">{i18n._({ id: 'sources.col-comparable', message: 'Comparable' })}</th>
            <th scope="col">{i18n._({ id: 'sources.col-reason', message: 'Reason' })}</th>
            <th scope="col">{i18n._({ id: 'sources.col-override', message: 'Override' })}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.hs2022} data-code={row.hs2022} data-comparable={row.comparable ? 'yes' : 'no'}>
              <th scope="row">
                <code>{row.hs2022}</code>
                {row.description ? <span className="relation-name"> {row.description}</span> : null}
              </th>
              <td>{row.tier}</td>
              <td>
                <code>{row.hs2017.join(', ')}</code>
              </td>
              <td>
                {row.classLabel}
                {row.carvedOut.length > 0 ? (
                  <span className="relation-carved">
                    {' '}
                    {i18n._(
                      { id: 'sources.carved', message: '(HS 2022 also drew {codes} from it)' },
                      { codes: row.carvedOut.join(', ') },
                    )}
                  </span>
                ) : null}
              </td>
              <td>{row.comparable ? yes : no}</td>
              <td className="relation-reason">
                <WithCode text={row.reason} />
              </td>
              <td className="relation-reason">
                {row.override ? (
                  <>
                    <strong>{i18n._({ id: 'sources.yes-strong', message: 'Yes' })}</strong>
                    {row.override.where ? (
                      <>
                        {' ('}
                        <WithLink
                          text={i18n._(
                            { id: 'sources.override-row', message: '{file} row {row}' },
                            { file: LINK_SLOT, row: row.override.row },
                          )}
                          link={<span translate="no">{row.override.file}</span>}
                        />
                        {')'}
                      </>
                    ) : (
                      ''
                    )}
                    : <WithCode text={row.override.why} />
                  </>
                ) : (
                  no
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
