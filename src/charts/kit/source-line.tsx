// The chart's source line: "Source: " and the sources' own names and citations, in the reader's language around
// names that stay as their publishers wrote them (a database's title is a proper name, like a book's). The names
// are marked lang="en" so that a screen reader says them in English and the untranslated-text check
// (tests/browser/untranslated.ts) knows they are English on purpose.
import { i18n } from '../../i18n/i18n';

/** The line, from the sources' names and citations (`list`, already joined). */
export function sourceLineText(list: string): string {
  return i18n._({ id: 'chart.source', message: 'Source: {sources}' }, { sources: list });
}

/** The line as the chart shows it: the words around the names, and the names in English. */
export function SourceLine({ line }: { line: string }) {
  const marker = '\u0000';
  const [before = '', after = ''] = sourceLineText(marker).split(marker);
  const names =
    line.startsWith(before) && line.endsWith(after)
      ? line.slice(before.length, line.length - after.length)
      : null;
  if (names === null || names === '') return <p className="source-line">{line}</p>;
  return (
    <p className="source-line">
      {before}
      <span lang="en">{names}</span>
      {after}
    </p>
  );
}
