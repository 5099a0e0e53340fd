// Says which rows of which file were left out and why, instead of hiding them or turning them into 0.
import type { RowError } from '../../data/tables';
import { ensureCatalogue, i18n } from '../../i18n/i18n';
import { LATER_CATALOGUE } from '../../i18n/later-catalogue';

/** Loads this notice's words (the later catalogue, lingui.config.ts) in Chinese or Russian: before it renders. */
export const wordsReady = () => ensureCatalogue(LATER_CATALOGUE);

const SHOWN = 3;

function describe({ row, column, message }: RowError): string {
  return column
    ? i18n._(
        { id: 'rows.at-col', message: 'row {row}, column {column}: {message}' },
        { row, column, message },
      )
    : i18n._({ id: 'rows.at', message: 'row {row}: {message}' }, { row, message });
}

/** One whole sentence per number of rows (English has no plural in its messages; Russian's has its own). */
function sentence(file: string, errors: readonly RowError[]): string {
  const n = new Set(errors.map((e) => e.row)).size;
  const more = errors.length - SHOWN;
  const shown = errors
    .slice(0, SHOWN)
    .map(describe)
    .join(i18n._({ id: 'rows.sep', message: '; ' }));
  const list =
    more > 0 ? i18n._({ id: 'rows.more', message: '{shown}; and {more} more' }, { shown, more }) : shown;
  return n === 1
    ? i18n._(
        { id: 'rows.one', message: '{n} row of {file} could not be used and is left out: {list}.' },
        { n, file, list },
      )
    : i18n._(
        { id: 'rows.many', message: '{n} rows of {file} could not be used and are left out: {list}.' },
        { n, file, list },
      );
}

export function RowErrorsNotice({ errors }: { errors: readonly RowError[] }) {
  if (errors.length === 0) return null;
  const byFile = new Map<string, RowError[]>();
  for (const error of errors) byFile.set(error.file, [...(byFile.get(error.file) ?? []), error]);
  return (
    <div className="notice row-errors" role="note">
      {[...byFile].map(([file, fileErrors]) => (
        <p key={file}>{sentence(file, fileErrors)}</p>
      ))}
    </div>
  );
}
