/**
 * A text from the data (a caveat, a relation note, a file's description) with each `quoted` command, column or
 * file name (`npm run data:update`, `name_source = hs4-parent`) in a code element not to be translated; the
 * backticks stay, so the words read as before. Charts' notes and the Sources page alike.
 */
export function WithCode({ text }: { text: string }) {
  return text.split(/(`[^`]+`)/).map((part, i) =>
    i % 2 === 1 ? (
      <code key={i} translate="no">
        {part}
      </code>
    ) : (
      part
    ),
  );
}
