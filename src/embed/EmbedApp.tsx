// One chart, minimal chrome, no router: what a host page shows in an iframe. The chart comes from the embed's
// URL (a preset or a spec); anything in that URL that could not be used is listed in a visible notice.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { manifestQuery } from '../figure/load/queries';
import type { SpecChartData } from '../charts/spec-chart/types';
import type { SpecNotice } from '../spec';
import { requestForBuild } from './build-datasets';
import { limitNotices } from '../spec/notices';
import { pinMessage, type DataVersionPin } from './data-version';
import { EmbedChart } from './EmbedChart';
import type { EmbedRequest } from '../spec/embed-params';
import { i18n } from '../i18n/i18n';

export interface EmbedAppProps {
  request: EmbedRequest;
  pin: DataVersionPin;
  /** The full app's address (opened in a new tab). */
  appUrl: string;
  /** This embed without its data-version pin: the same chart on the current data. */
  currentUrl?: string;
  /** The chart's data, when the build computed it (a prerendered embed, see ./prerendered.tsx). */
  data?: SpecChartData | undefined;
}

function LinkNotices({ notices }: { notices: readonly SpecNotice[] }) {
  if (notices.length === 0) return null;
  const { shown, more } = limitNotices(notices);
  return (
    <div className="notice embed-notice" role="status">
      <p>
        {i18n._({
          id: 'embed.notices',
          message: "Part of this chart's address could not be used, so defaults are shown instead:",
        })}
      </p>
      <ul>
        {shown.map((notice, i) => (
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
        {more > 0 && (
          <li>{i18n._({ id: 'embed.notices-more', message: 'and {count} more' }, { count: more })}</li>
        )}
      </ul>
    </div>
  );
}

/** The chart shows other data than the pinned version: a notice (its words say so; the colour only adds). */
const showsOtherData = (pin: DataVersionPin) => pin.kind === 'unavailable' || pin.kind === 'unreadable';

/** The data version the chart shows, when the embed was pinned to one; a newer one is linked (`currentUrl`). */
function PinLine({ pin, currentUrl }: { pin: DataVersionPin; currentUrl: string }) {
  const message = pinMessage(pin);
  if (!message) return null;
  return (
    <p className={showsOtherData(pin) ? 'notice embed-pin' : 'embed-pin'} data-pin={pin.kind} role="status">
      {message}
      {pin.kind === 'pinned' && pin.current !== null ? (
        <>
          {' '}
          <a href={currentUrl} data-current-data="">
            {i18n._({ id: 'embed.updated', message: 'Updated data available' })}
          </a>{' '}
          {i18n._({ id: 'embed.updated-version', message: '(version {version}).' }, { version: pin.current })}
        </>
      ) : null}
    </p>
  );
}

export function EmbedApp({ request: asked, pin, appUrl, currentUrl, data }: EmbedAppProps) {
  // A prerendered chart was computed by the build from its own data, so it needs no check against the manifest
  // (and must not fetch the whole manifest while it hydrates).
  const manifest = useQuery({ ...manifestQuery, enabled: data === undefined }).data;
  const request = useMemo(
    () => (data === undefined ? requestForBuild(asked, manifest) : asked),
    [asked, manifest, data],
  );
  const pinLine = <PinLine pin={pin} currentUrl={currentUrl ?? appUrl} />;
  return (
    // A landmark and a heading, so a screen reader in the host page's iframe can find and name the chart.
    <main className="embed">
      <h1 className="visually-hidden">
        {i18n._({ id: 'embed.heading', message: 'Chart from the China–Russia dual-use trade explorer' })}
      </h1>
      <LinkNotices notices={request.notices} />
      {/* Data other than those published with the chart: said before it, where a reader starts. */}
      {showsOtherData(pin) ? pinLine : null}
      <EmbedChart request={request} pinLine={showsOtherData(pin) ? null : pinLine} data={data} />
      <p className="embed-link">
        <a href={appUrl} target="_blank" rel="noopener">
          {i18n._({ id: 'app.name', message: 'China–Russia dual-use trade explorer' })}
        </a>
      </p>
    </main>
  );
}
