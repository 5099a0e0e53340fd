import { useSyncExternalStore } from 'react';
import { cssVarsRef } from '../../charts/kit/css-vars';
import { combinedPercent, progressStore } from './progress-store';
import { i18n } from '../../i18n/i18n';

/** A visible progress bar while data files load; with a percentage when the server gives sizes. */
export function LoadProgress({
  files,
  timeChart = false,
}: {
  files: readonly string[];
  /**
   * The chart coming is drawn on a time frame (lines, stacks), whose plot is never less than 400 px tall
   * (chartHeight, time-frame.ts): the bar's box is that tall (chart.css), so what follows the chart does not jump
   * down when it arrives.
   */
  timeChart?: boolean;
}) {
  useSyncExternalStore(progressStore.subscribe, progressStore.version, progressStore.version);
  const percent = combinedPercent(files.map((file) => progressStore.get(file)));
  // No files: the data are in, and the chart type's code is on its way.
  const label =
    files.length > 0
      ? i18n._({ id: 'load.files', message: 'Loading {files}' }, { files: files.join(', ') })
      : i18n._({ id: 'load.chart', message: 'Loading the chart' });
  return (
    <div className={timeChart ? 'load-progress time-chart' : 'load-progress'}>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        className={percent === null ? 'bar indeterminate' : 'bar'}
      >
        <span ref={cssVarsRef({ '--done': percent === null ? undefined : `${percent}%` })} />
      </div>
      <p>
        {label}
        {percent === null ? '…' : ` (${percent} %)`}
      </p>
    </div>
  );
}
