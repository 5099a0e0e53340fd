import { fileDescription } from '../data/data-text';
import type { Manifest, ManifestFile } from '../data/schema';
import { formatBytes } from '../figure/format-bytes';
import { activeIntlLocale, i18n } from '../i18n/i18n';
import { WithCode } from '../charts/kit/WithCode';

/** A count grouped the active language's way ("1,234" in English, as before; "1 234" in Russian). */
const formatCount = (count: number) => count.toLocaleString(activeIntlLocale());

interface FileRow {
  path: string;
  description: string;
  rows: number;
  bytes: number;
  sources: string[];
}

/** Files split by HS chapter are summed into one row per folder: a hundred near-identical rows help no one. */
function fileRows(files: readonly ManifestFile[]): FileRow[] {
  const rows: FileRow[] = [];
  const folders = new Map<string, FileRow & { count: number }>();
  for (const file of files) {
    if (file.hs2 === undefined) {
      rows.push({ ...file, description: fileDescription(file) });
      continue;
    }
    const folder = file.path.slice(0, file.path.lastIndexOf('/') + 1);
    const group = folders.get(folder) ?? {
      path: `${folder}hs2-*.csv`,
      description: '',
      rows: 0,
      bytes: 0,
      sources: [],
      count: 0,
    };
    group.count += 1;
    group.rows += file.rows;
    group.bytes += file.bytes;
    group.sources = [...new Set([...group.sources, ...file.sources])];
    group.description = i18n._(
      {
        id: 'sources.chapter-files',
        message: '{count} files, one per HS chapter (2-digit code), e.g. {example}',
      },
      { count: group.count, example: fileDescription(file) },
    );
    if (!folders.has(folder)) rows.push(group);
    folders.set(folder, group);
  }
  return rows;
}

export function FilesTable({ manifest }: { manifest: Manifest }) {
  const sourceTitle = new Map(manifest.sources.map((s) => [s.id, s.title]));
  return (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label={i18n._({ id: 'sources.generated', message: 'Generated files' })}
    >
      <table data-table="files">
        <caption>
          {i18n._(
            { id: 'sources.files-caption', message: 'Files this site reads ({count})' },
            { count: formatCount(manifest.files.length) },
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col">{i18n._({ id: 'sources.col-file', message: 'File' })}</th>
            <th scope="col">{i18n._({ id: 'sources.col-holds', message: 'What it holds' })}</th>
            <th scope="col" className="num">
              {i18n._({ id: 'sources.col-rows', message: 'Rows' })}
            </th>
            <th scope="col" className="num">
              {i18n._({ id: 'sources.col-size', message: 'Size' })}
            </th>
            <th scope="col">{i18n._({ id: 'sources.sources', message: 'Sources' })}</th>
          </tr>
        </thead>
        <tbody>
          {fileRows(manifest.files).map((file) => (
            <tr key={file.path}>
              <th scope="row">
                <code translate="no">{file.path}</code>
              </th>
              <td>
                <WithCode text={file.description} />
              </td>
              <td className="num">{formatCount(file.rows)}</td>
              <td className="num">{formatBytes(file.bytes)}</td>
              {/* The sources' own titles, as published (as on the Sources table). */}
              <td lang="en">
                {file.sources.map((id) => sourceTitle.get(id)?.split(':')[0] ?? id).join('; ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
