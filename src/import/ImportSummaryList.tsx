import type { ImportResult } from '../data/importers/types';
import { formatBytes } from '../figure/format-bytes';
import { i18n } from '../i18n/i18n';
import type { RowCounts } from './protocol';
import { encodingName, formatCount, formatName, periodsText } from './words';

interface ImportSummaryListProps {
  fileName: string;
  fileBytes: number;
  result: ImportResult;
  /** Absent before rows are made (the file still needs answers). */
  counts?: RowCounts;
}

/** What was detected and read: format, encoding, rows, periods, products, partners, currencies and units. */
export function ImportSummaryList({ fileName, fileBytes, result, counts }: ImportSummaryListProps) {
  const { summary } = result;
  const none = i18n._({ id: 'import.none', message: 'none' });
  const items: [string, string][] = [
    [
      i18n._({ id: 'import.sum-file', message: 'File' }),
      i18n._(
        { id: 'import.sum-file-size', message: '{file} ({size})' },
        { file: fileName, size: formatBytes(fileBytes) },
      ),
    ],
    [i18n._({ id: 'import.sum-format', message: 'Format' }), formatName(result.format)],
    [i18n._({ id: 'import.sum-encoding', message: 'Encoding' }), encodingName(result.encoding)],
    [i18n._({ id: 'import.sum-rows-read', message: 'Rows read' }), formatCount(summary.inputRows)],
  ];
  if (counts) {
    items.push(
      [
        i18n._({ id: 'import.sum-rows', message: 'Rows imported' }),
        i18n._(
          {
            id: 'import.sum-rows-detail',
            message:
              '{rows} (one per period, exporter, importer and product; lines that share them are summed)',
          },
          { rows: formatCount(summary.rows) },
        ),
      ],
      [i18n._({ id: 'import.sum-periods', message: 'Periods' }), periodsText(summary.periods)],
      [
        i18n._({ id: 'import.sum-products', message: 'Products' }),
        i18n._(
          { id: 'import.sum-codes', message: '{count} codes' },
          { count: formatCount(summary.products) },
        ),
      ],
      [i18n._({ id: 'import.sum-partners', message: 'Partners' }), summary.partners.join(', ') || none],
      [i18n._({ id: 'import.sum-currencies', message: 'Currencies' }), summary.currencies.join(', ') || none],
      [
        i18n._({ id: 'import.sum-units', message: 'Units' }),
        summary.currencies.length > 0
          ? i18n._(
              {
                id: 'import.sum-units-detail',
                message:
                  'values in whole {currencies} units; quantities in tonnes on {withQuantity} of {rows} rows',
              },
              {
                currencies: summary.currencies.join(' or '),
                withQuantity: formatCount(counts.withQuantity),
                rows: formatCount(summary.rows),
              },
            )
          : i18n._(
              {
                id: 'import.sum-units-none',
                message:
                  'values in whole currency units; quantities in tonnes on {withQuantity} of {rows} rows',
              },
              { withQuantity: formatCount(counts.withQuantity), rows: formatCount(summary.rows) },
            ),
      ],
    );
  }
  return (
    <dl className="import-summary">
      {items.map(([term, detail]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{detail}</dd>
        </div>
      ))}
    </dl>
  );
}
