// Says which rows of which file were left out and why, instead of hiding them or turning them into 0.
import type { RowError } from '../../data/tables';

const SHOWN = 3;

function describe(error: RowError): string {
  return `row ${error.row}${error.column ? `, column ${error.column}` : ''}: ${error.message}`;
}

export function RowErrorsNotice({ errors }: { errors: readonly RowError[] }) {
  if (errors.length === 0) return null;
  const byFile = new Map<string, RowError[]>();
  for (const error of errors) byFile.set(error.file, [...(byFile.get(error.file) ?? []), error]);
  return (
    <div className="notice row-errors" role="note">
      {[...byFile].map(([file, fileErrors]) => {
        const rows = new Set(fileErrors.map((e) => e.row)).size;
        const more = fileErrors.length - SHOWN;
        return (
          <p key={file}>
            {rows} {rows === 1 ? 'row' : 'rows'} of {file} could not be used and {rows === 1 ? 'is' : 'are'}{' '}
            left out: {fileErrors.slice(0, SHOWN).map(describe).join('; ')}
            {more > 0 ? `; and ${more} more` : ''}.
          </p>
        );
      })}
    </div>
  );
}
