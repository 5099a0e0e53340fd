import type { MouseEvent } from 'react';
import type { Manifest } from '../data/schema';
import { i18n } from '../i18n/i18n';
import { breakLabel, caveatText, caveatTitle } from '../data/data-text';

export function CaveatsList({ manifest }: { manifest: Manifest }) {
  return (
    <dl className="caveats">
      {manifest.caveats.map((caveat) => (
        <div key={caveat.id} id={`caveat-${caveat.id}`}>
          <dt>{caveatTitle(caveat)}</dt>
          <dd>
            <WithCode text={caveatText(caveat)} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function BreaksTable({ manifest }: { manifest: Manifest }) {
  const sourceTitle = new Map(manifest.sources.map((s) => [s.id, s.title]));
  const caveatTitles = new Map(manifest.caveats.map((c) => [c.id, caveatTitle(c)]));
  return (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label={i18n._({ id: 'sources.breaks', message: 'Breaks in the series' })}
    >
      <table data-table="breaks">
        <caption>
          {i18n._({
            id: 'sources.breaks-caption',
            message: 'Breaks in reporting basis, drawn on the charts where they fall',
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{i18n._({ id: 'sources.col-source', message: 'Source' })}</th>
            <th scope="col">{i18n._({ id: 'sources.col-between', message: 'Between' })}</th>
            <th scope="col">{i18n._({ id: 'sources.col-label', message: 'Label on charts' })}</th>
            <th scope="col">{i18n._({ id: 'sources.col-caveat', message: 'Caveat' })}</th>
          </tr>
        </thead>
        <tbody>
          {manifest.breaks.map((b) => (
            <tr key={b.id}>
              <th scope="row" lang="en">
                {sourceTitle.get(b.source)?.split(':')[0] ?? b.source}
              </th>
              <td>
                {i18n._(
                  { id: 'sources.between', message: '{after} and {before}' },
                  { after: b.after, before: b.before },
                )}
              </td>
              <td>{breakLabel(b)}</td>
              <td>
                <a href={`#caveat-${b.caveat}`} onClick={(e) => jumpTo(e, `caveat-${b.caveat}`)}>
                  {caveatTitles.get(b.caveat) ?? b.caveat}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A caveat's text with each `quoted` command or column name (`npm run data:update`, `name_source = hs4-parent`) in
 * a code element not to be translated; the backticks stay, so the words read as before.
 */
function WithCode({ text }: { text: string }) {
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

// Hash routing owns the URL fragment, so in-page links scroll by hand.
function jumpTo(event: MouseEvent, id: string) {
  event.preventDefault();
  document.getElementById(id)?.scrollIntoView({ block: 'start' });
}
