// The sources view: where this chart's numbers come from, how to cite them, and what to keep in mind.
import { WithCode } from '../kit/WithCode';
import { WithKept } from '../kit/WithKept';
import { caveatText, caveatTitle } from '../../data/data-text';
import type { SpecChartData } from './types';
import { SourceTitle } from './SourceTitle';
import { i18n } from '../../i18n/i18n';

export function SourcesView({ data }: { data: SpecChartData }) {
  return (
    <div className="chart-sources-view">
      <h3>{i18n._({ id: 'sources.heading', message: 'Sources' })}</h3>
      <ul>
        {data.sources.map((source) => (
          <li key={source.id}>
            <SourceTitle title={source.title} url={source.url} />{' '}
            {i18n._(
              { id: 'sources.about', message: '({publisher}; licence: {licence}; retrieved {retrieved}).' },
              { publisher: source.publisher, licence: source.licence, retrieved: source.retrieved },
            )}{' '}
            {source.citation}
          </li>
        ))}
      </ul>
      {data.caveats.length > 0 ? (
        <>
          <h3>{i18n._({ id: 'chart.sources-caveats', message: 'Caveats' })}</h3>
          <ul>
            {data.caveats.map((caveat) => (
              <li key={caveat.id}>
                <strong>{caveatTitle(caveat)}.</strong> <WithCode text={caveatText(caveat)} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="sources-files">
        <WithKept
          text={i18n._(
            { id: 'chart.sources-files', message: 'Files read: {files} (data version {version}).' },
            { files: data.filePaths.join(', '), version: data.dataVersion },
          )}
          kept={[...data.filePaths, data.dataVersion]}
        />
      </p>
    </div>
  );
}
