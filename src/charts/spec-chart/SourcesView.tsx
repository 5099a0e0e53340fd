// The sources view: where this chart's numbers come from, how to cite them, and what to keep in mind.
import type { ReactNode } from 'react';
import { WithCode } from '../kit/WithCode';
import { WithKept } from '../kit/WithKept';
import { caveatText, caveatTitle } from '../../data/data-text';
import type { SpecChartData } from './types';
import { SourceTitle } from './SourceTitle';
import { activeLocale, i18n } from '../../i18n/i18n';

// A source's title, citation, publisher, licence and dates are quoted as the manifest states them (English), as on
// the Data & sources page: marked lang="en" in Chinese and Russian, for screen readers and the untranslated-text
// check. English keeps its markup as before. The manifest's fields are wrapped in isolates, split out below.
const OPEN = '\u2068';
const CLOSE = '\u2069';
const english = () => activeLocale() === 'en';
const kept = (text: string) => (english() ? text : `${OPEN}${text}${CLOSE}`);

function English({ children }: { children: ReactNode }) {
  return english() ? children : <span lang="en">{children}</span>;
}

/** A sentence with the manifest's words it quotes (between isolates) marked as English. */
function WithEnglish({ text }: { text: string }) {
  return text.split(/[\u2068\u2069]/).map((part, i) =>
    i % 2 === 1 ? (
      <span key={i} lang="en">
        {part}
      </span>
    ) : (
      part
    ),
  );
}

export function SourcesView({ data }: { data: SpecChartData }) {
  return (
    <div className="chart-sources-view">
      <h3>{i18n._({ id: 'sources.heading', message: 'Sources' })}</h3>
      <ul>
        {data.sources.map((source) => (
          <li key={source.id}>
            <English>
              <SourceTitle title={source.title} url={source.url} />
            </English>{' '}
            <WithEnglish
              text={i18n._(
                { id: 'sources.about', message: '({publisher}; licence: {licence}; retrieved {retrieved}).' },
                {
                  publisher: kept(source.publisher),
                  licence: kept(source.licence),
                  retrieved: kept(source.retrieved),
                },
              )}
            />{' '}
            <English>{source.citation}</English>
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
