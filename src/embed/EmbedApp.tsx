// One chart, minimal chrome, no router: what a host page shows in an iframe. The chart comes from the embed's
// URL (a preset or a spec); anything in that URL that could not be used is listed in a visible notice.
import type { SpecChartData } from '../charts/spec-chart/types';
import type { SpecNotice } from '../spec';
import { pinMessage, type DataVersionPin } from './data-version';
import { EmbedChart } from './EmbedChart';
import type { EmbedRequest } from './embed-params';

export interface EmbedAppProps {
  request: EmbedRequest;
  pin: DataVersionPin;
  /** The full app's address (opened in a new tab). */
  appUrl: string;
  /** The chart's data, when the build computed it (a prerendered embed, see ./prerendered.tsx). */
  data?: SpecChartData | undefined;
}

function LinkNotices({ notices }: { notices: readonly SpecNotice[] }) {
  if (notices.length === 0) return null;
  return (
    <div className="notice embed-notice" role="status">
      <p>Part of this chart's address could not be used, so defaults are shown instead:</p>
      <ul>
        {notices.map((notice, i) => (
          <li key={`${notice.param}-${i}`}>
            {notice.param ? (
              <code>
                {notice.param}={notice.value}
              </code>
            ) : null}
            {notice.param ? ': ' : ''}
            {notice.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

function PinLine({ pin }: { pin: DataVersionPin }) {
  const message = pinMessage(pin);
  if (!message) return null;
  const unavailable = pin.kind === 'unavailable';
  return (
    <p className={unavailable ? 'notice embed-pin' : 'embed-pin'} data-pin={pin.kind} role="status">
      {message}
    </p>
  );
}

export function EmbedApp({ request, pin, appUrl, data }: EmbedAppProps) {
  return (
    <div className="embed">
      <LinkNotices notices={request.notices} />
      <EmbedChart request={request} pinLine={<PinLine pin={pin} />} data={data} />
      <p className="embed-link">
        <a href={appUrl} target="_blank" rel="noopener">
          China–Russia dual-use trade explorer
        </a>
      </p>
    </div>
  );
}
