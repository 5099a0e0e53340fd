// The sources view: where this chart's numbers come from, how to cite them, and what to keep in mind.
import { caveatText, caveatTitle } from '../../data/data-text';
import type { SpecChartData } from './types';
import { SourceTitle } from './SourceTitle';

export function SourcesView({ data }: { data: SpecChartData }) {
  return (
    <div className="chart-sources-view">
      <h3>Sources</h3>
      <ul>
        {data.sources.map((source) => (
          <li key={source.id}>
            <SourceTitle title={source.title} url={source.url} /> ({source.publisher}; licence:{' '}
            {source.licence}; retrieved {source.retrieved}). {source.citation}
          </li>
        ))}
      </ul>
      {data.caveats.length > 0 ? (
        <>
          <h3>Caveats</h3>
          <ul>
            {data.caveats.map((caveat) => (
              <li key={caveat.id}>
                <strong>{caveatTitle(caveat)}.</strong> {caveatText(caveat)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="sources-files">
        Files read: {data.filePaths.join(', ')} (data version {data.dataVersion}).
      </p>
    </div>
  );
}
