import type { ManifestSource } from '../data/schema';
import { formatBytes } from '../figure/format-bytes';
import { SourceTitle } from '../charts/spec-chart/SourceTitle';

export function SourcesTable({ sources }: { sources: readonly ManifestSource[] }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Sources">
      <table data-table="sources">
        <caption>Where the data come from</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Publisher</th>
            <th scope="col">Licence</th>
            <th scope="col">Retrieved</th>
            <th scope="col">Raw files (SHA-256)</th>
          </tr>
        </thead>
        <tbody>
          {sources.map((source) => (
            <tr key={source.id} id={`source-${source.id}`}>
              <th scope="row">
                <SourceTitle title={source.title} url={source.url} />
                <span className="cite">{source.citation}</span>
              </th>
              <td>{source.publisher}</td>
              <td>{source.licence}</td>
              <td>{source.retrieved}</td>
              <td>
                <ul className="raw-files">
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
