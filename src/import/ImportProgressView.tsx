import type { ImportProgress } from '../data/importers/types';
import { cssVarsRef } from '../charts/kit/css-vars';
import { formatBytes } from '../figure/format-bytes';
import { formatCount } from './words';
import { i18n } from '../i18n/i18n';
import { LINK_SLOT, WithLink } from '../figure/WithLink';

interface ImportProgressViewProps {
  fileName: string;
  fileBytes: number;
  progress: ImportProgress;
  cancelling: boolean;
  onCancel: () => void;
}

/** The share of the file read, in bytes and rows, and a Cancel that stops the reading. */
export function ImportProgressView({
  fileName,
  fileBytes,
  progress,
  cancelling,
  onCancel,
}: ImportProgressViewProps) {
  const total = progress.totalBytes ?? fileBytes;
  const read = progress.bytes ?? Math.round(progress.fraction * total);
  const percent = Math.max(0, Math.min(100, Math.round(progress.fraction * 100)));
  const text = i18n._(
    { id: 'import.progress', message: '{read} of {total} read, {rows} rows' },
    { read: formatBytes(read), total: formatBytes(total), rows: formatCount(progress.rows) },
  );
  const reading = i18n._({ id: 'import.reading-label', message: 'Reading {file}' }, { file: fileName });
  return (
    <div className="import-progress" data-step="reading">
      <p>
        <WithLink
          text={i18n._(
            { id: 'import.reading', message: 'Reading {file} in this browser…' },
            { file: LINK_SLOT },
          )}
          link={<strong>{fileName}</strong>}
        />
      </p>
      <div
        className="import-bar"
        role="progressbar"
        aria-label={reading}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%: ${text}`}
      >
        <span ref={cssVarsRef({ '--done': `${percent}%` })} />
      </div>
      <p className="import-progress-text">
        {percent}% · {text}
      </p>
      <button type="button" className="small-button" onClick={onCancel} disabled={cancelling}>
        {cancelling
          ? i18n._({ id: 'import.cancelling', message: 'Cancelling…' })
          : i18n._({ id: 'import.cancel', message: 'Cancel' })}
      </button>
    </div>
  );
}
