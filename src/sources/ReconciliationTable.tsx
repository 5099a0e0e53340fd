// China's exports to Russia in three sources, year by year, and how far apart they are.
import type { ReconciliationRow } from '../data/schema';
import { formatPercentDiff, formatUsdLong } from '../charts/kit/format';
import { formatUsdBillions } from '../figure/format-bytes';
import { i18n, localeNumbers } from '../i18n/i18n';

/** English keeps its "US$ 45.92 bn"; Chinese and Russian write sums their own way ("459亿美元", "45,9 млрд долл."). */
function money(value: number | null): string {
  if (value === null || localeNumbers() === null) return formatUsdBillions(value);
  return formatUsdLong(value);
}

export function ReconciliationTable({ rows }: { rows: readonly ReconciliationRow[] }) {
  return (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label={i18n._({ id: 'sources.reconciliation', message: 'Reconciliation of sources' })}
    >
      <table data-table="reconciliation">
        <caption>
          {i18n._({
            id: 'sources.rec-caption',
            message: 'China’s exports to Russia, all goods, three sources (US$, current prices)',
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{i18n._({ id: 'sources.col-year', message: 'Year' })}</th>
            <th scope="col" className="num">
              CEPII BACI
            </th>
            <th scope="col" className="num">
              {i18n._({ id: 'sources.col-comtrade', message: 'UN Comtrade (China-reported)' })}
            </th>
            <th scope="col" className="num">
              {i18n._({ id: 'sources.col-imf', message: 'IMF (Russia’s imports from China)' })}
            </th>
            <th scope="col" className="num">
              {i18n._({ id: 'sources.col-comtrade-baci', message: 'Comtrade vs BACI' })}
            </th>
            <th scope="col" className="num">
              {i18n._({ id: 'sources.col-imf-baci', message: 'IMF vs BACI' })}
            </th>
            <th scope="col" className="num">
              {i18n._({ id: 'sources.col-imf-comtrade', message: 'IMF vs Comtrade' })}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.year}>
              <th scope="row">{row.year}</th>
              <td className="num">{money(row.baci_usd)}</td>
              <td className="num">
                {money(row.comtrade_usd)}
                {row.comtrade_usd !== null && row.comtrade_months < 12
                  ? i18n._(
                      { id: 'sources.months', message: ' ({count} months)' },
                      { count: row.comtrade_months },
                    )
                  : ''}
              </td>
              <td className="num">{money(row.imf_usd)}</td>
              <td className="num">{formatPercentDiff(row.comtrade_vs_baci_pct)}</td>
              <td className="num">{formatPercentDiff(row.imf_vs_baci_pct)}</td>
              <td className="num">{formatPercentDiff(row.imf_vs_comtrade_pct)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
