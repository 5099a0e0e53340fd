import type { ImportProgress } from '../data/importers/types';
import { cssVarsRef } from '../charts/kit/css-vars';
import { formatBytes, formatCount } from '../figure/format-bytes';

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
  const text = `${formatBytes(read)} of ${formatBytes(total)} read, ${formatCount(progress.rows)} rows`;
  return (
    <div className="import-progress" data-step="reading">
      <p>
        Reading <strong>{fileName}</strong> in this browser…
      </p>
      <div
        className="import-bar"
        role="progressbar"
        aria-label={`Reading ${fileName}`}
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
        {cancelling ? 'Cancelling…' : 'Cancel'}
      </button>
    </div>
  );
}
