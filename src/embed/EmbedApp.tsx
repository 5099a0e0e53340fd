// One chart, minimal chrome, no router: what a host page shows in an iframe. The chart comes from the embed's
// URL (a preset or a spec); anything in that URL that could not be used is listed in a visible notice.
import { appName } from '../figure/app-name';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo } from 'react';
import { manifestQuery } from '../figure/load/queries';
import type { SpecChartData } from '../charts/spec-chart/types';
import { requestForBuild } from './build-datasets';
import { pinSaysSomething, type DataVersionPin } from './data-version';
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

// Said only when the address had something unusable or the embed is pinned (embed-notices.tsx): loaded then,
// with their words (the later catalogue, lingui.config.ts), each in a Suspense boundary of its own, so the chart
// never waits for them.
const loadNotices = () => import('./embed-notices').then((module) => module.wordsReady().then(() => module));
const LinkNotices = lazy(() => loadNotices().then((module) => ({ default: module.LinkNotices })));
const PinLine = lazy(() => loadNotices().then((module) => ({ default: module.PinLine })));

/** The chart shows other data than the pinned version: a notice (its words say so; the colour only adds). */
const showsOtherData = (pin: DataVersionPin) => pin.kind === 'unavailable' || pin.kind === 'unreadable';

export function EmbedApp({ request: asked, pin, appUrl, currentUrl, data }: EmbedAppProps) {
  // A prerendered chart was computed by the build from its own data, so it needs no check against the manifest
  // (and must not fetch the whole manifest while it hydrates).
  const manifest = useQuery({ ...manifestQuery, enabled: data === undefined }).data;
  const request = useMemo(
    () => (data === undefined ? requestForBuild(asked, manifest) : asked),
    [asked, manifest, data],
  );
  const pinLine = pinSaysSomething(pin) ? (
    <Suspense fallback={null}>
      <PinLine pin={pin} currentUrl={currentUrl ?? appUrl} otherData={showsOtherData(pin)} />
    </Suspense>
  ) : null;
  return (
    // A landmark and a heading, so a screen reader in the host page's iframe can find and name the chart.
    <main className="embed">
      <h1 className="visually-hidden">
        {i18n._({ id: 'embed.heading', message: 'Chart from the China–Russia dual-use trade explorer' })}
      </h1>
      {request.notices.length > 0 ? (
        <Suspense fallback={null}>
          <LinkNotices notices={request.notices} />
        </Suspense>
      ) : null}
      {/* Data other than those published with the chart: said before it, where a reader starts. */}
      {showsOtherData(pin) ? pinLine : null}
      <EmbedChart request={request} pinLine={showsOtherData(pin) ? null : pinLine} data={data} />
      <p className="embed-link">
        <a href={appUrl} target="_blank" rel="noopener">
          {appName()}
        </a>
      </p>
    </main>
  );
}
