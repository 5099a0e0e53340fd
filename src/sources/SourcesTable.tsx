import type { ManifestSource } from '../data/schema';
import { formatBytes } from '../figure/format-bytes';
import { i18n } from '../i18n/i18n';
import { SourceTitle } from '../charts/spec-chart/SourceTitle';

export function SourcesTable({ sources }: { sources: readonly ManifestSource[] }) {
  return (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label={i18n._({ id: 'sources.sources', message: 'Sources' })}
    >
      <table data-table="sources">
        <caption>{i18n._({ id: 'sources.where', message: 'Where the data come from' })}</caption>
        <thead>
          <tr>
            <th scope="col">{i18n._({ id: 'sources.col-source', message: 'Source' })}</th>
            <th scope="col">{i18n._({ id: 'sources.col-publisher', message: 'Publisher' })}</th>
            <th scope="col">{i18n._({ id: 'sources.col-licence', message: 'Licence' })}</th>
            <th scope="col">{i18n._({ id: 'sources.col-retrieved', message: 'Retrieved' })}</th>
            <th scope="col">{i18n._({ id: 'sources.col-raw', message: 'Raw files (SHA-256)' })}</th>
          </tr>
        </thead>
        <tbody>
          {sources.map((source) => (
            <tr key={source.id} id={`source-${source.id}`}>
              {/* A source's title, citation, publisher, licence and dates as the manifest states them (English):
                  bibliographic data, quoted as published. File names and hashes are not words. */}
              <th scope="row" lang="en">
                <SourceTitle title={source.title} url={source.url} />
                <span className="cite">{source.citation}</span>
              </th>
              <td lang="en">{source.publisher}</td>
              <td lang="en">{source.licence}</td>
              <td lang="en">{source.retrieved}</td>
              <td>
                <ul className="raw-files" translate="no">
                  {source.rawFiles.map((file) => (
                    <li key={file.name}>
                      {file.name} ({formatBytes(file.bytes)})<code className="hash">{file.sha256}</code>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
