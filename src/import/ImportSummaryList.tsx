import type { ImportResult } from '../data/importers/types';
import { formatBytes, formatCount } from '../figure/format-bytes';
import type { RowCounts } from './protocol';
import { ENCODING_NAMES, FORMAT_NAMES, periodsText } from './words';

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
  const items: [string, string][] = [
    ['File', `${fileName} (${formatBytes(fileBytes)})`],
    ['Format', FORMAT_NAMES[result.format]],
    ['Encoding', ENCODING_NAMES[result.encoding]],
    ['Rows read', formatCount(summary.inputRows)],
  ];
  if (counts) {
    items.push(
      [
        'Rows imported',
        `${formatCount(summary.rows)} (one per period, exporter, importer and product; lines that share them are summed)`,
      ],
      ['Periods', periodsText(summary.periods)],
      ['Products', `${formatCount(summary.products)} codes`],
      ['Partners', summary.partners.join(', ') || 'none'],
      ['Currencies', summary.currencies.join(', ') || 'none'],
      [
        'Units',
        `values in whole ${summary.currencies.join(' or ') || 'currency'} units; quantities in tonnes on ${formatCount(
          counts.withQuantity,
        )} of ${formatCount(summary.rows)} rows`,
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
