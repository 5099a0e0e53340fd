import type { MouseEvent } from 'react';
import type { Manifest } from '../data/schema';
import { i18n } from '../i18n/i18n';
import { breakLabel, caveatText, caveatTitle } from '../data/data-text';
import { WithCode } from '../charts/kit/WithCode';

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

// Hash routing owns the URL fragment, so in-page links scroll by hand.
function jumpTo(event: MouseEvent, id: string) {
  event.preventDefault();
  document.getElementById(id)?.scrollIntoView({ block: 'start' });
}
