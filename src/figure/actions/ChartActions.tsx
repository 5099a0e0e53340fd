// Every chart's actions: "Explore" (open this chart in the explorer), "Download" (data and images), "Share"
// (link, embed code, social sites) and "Embed" (snippets with options). The export code is loaded on the
// first download, the share panel on the first click of Share.
import { LATER_CATALOGUE } from '../../i18n/later-catalogue';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import type { SpecChartData } from '../../charts/spec-chart/types';
import { DATASETS, specToQueryString } from '../../spec';
import { manifestQuery } from '../load/queries';
import { DownloadMenu } from './DownloadMenu';
import { appBaseUrl, explorerPath } from './app-links';
import { ShareControl } from './ShareControl';
import type { DownloadKind } from './download-kinds';
import './actions.css';
import { ensureCatalogue, i18n } from '../../i18n/i18n';

// Loaded when a reader first asks for it: most readers never embed.
// The dialog's words are in the later catalogue (lingui.config.ts): they load with its code.
const EmbedDialog = lazy(() =>
  Promise.all([import('./EmbedDialog'), ensureCatalogue(LATER_CATALOGUE)]).then(([module]) => ({
    default: module.EmbedDialog,
  })),
);

export interface ChartActionsProps {
  data: SpecChartData;
  /** The chart's SVG element, for PNG/SVG export. */
  getSvg: () => SVGSVGElement | null;
  /** Hide "Explore" when already in the explorer. */
  showExplore?: boolean;
  /** Hide "Embed" (e.g. where there is no room for the dialog). */
  showEmbed?: boolean;
  /** Links open the full app in a new tab (the embed, which sits inside someone else's page). */
  external?: boolean;
  /** The story step that shows this chart: its shared link opens the story there. */
  stepId?: string | undefined;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function useDownload(data: SpecChartData, getSvg: () => SVGSVGElement | null, explorePath: string) {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const download = useCallback(
    async (kind: DownloadKind) => {
      setBusy(true);
      setStatus('Preparing the download…');
      try {
        // The download code is loaded on the first click: most readers never download.
        const [{ pageImageTheme, runDownload }, manifest] = await Promise.all([
          import('./run-download'),
          queryClient.fetchQuery(manifestQuery),
        ]);
        const chartUrl = `${appBaseUrl()}${explorePath}`;
        const ctx = { data, manifest, svg: getSvg(), chartUrl, theme: pageImageTheme() };
        const name = await runDownload(kind, ctx);
        setStatus(`Downloaded ${name}.`);
      } catch (error) {
        setStatus(`The download could not be made: ${errorText(error)}.`);
      } finally {
        setBusy(false);
      }
    },
    [queryClient, data, getSvg, explorePath],
  );
  return { busy, status, download };
}

export function ChartActions({
  data,
  getSvg,
  showExplore = true,
  showEmbed = true,
  external = false,
  stepId,
}: ChartActionsProps) {
  const explorePath = explorerPath(specToQueryString(data.spec));
  const { busy, status, download } = useDownload(data, getSvg, explorePath);
  const [embedOpen, setEmbedOpen] = useState(false);
  const embedButton = useRef<HTMLButtonElement>(null);
  const closeEmbed = useCallback(() => {
    setEmbedOpen(false);
    embedButton.current?.focus();
  }, []);
  const shareRoot = useRef<HTMLDivElement>(null);
  const newTab = external ? { target: '_blank', rel: 'noopener' } : {};
  // A reader's own file exists only in this browser: another page could not show it.
  const embeddable = showEmbed && !DATASETS[data.spec.dataset].inBrowser;
  return (
    <div className="chart-actions" ref={shareRoot}>
      {showExplore ? (
        // Relative to the page (Vite's base), not absolute: the build prerenders this link (scripts/prerender/),
        // and a link that opens in a new tab resolves against the embed's own address anyway.
        <a
          className="action-button"
          href={external ? `${import.meta.env.BASE_URL}${explorePath}` : explorePath}
          {...newTab}
        >
          {external
            ? i18n._({ id: 'actions.open-explorer', message: 'Open in the explorer' })
            : i18n._({ id: 'actions.explore', message: 'Explore' })}
        </a>
      ) : null}
      <DownloadMenu onDownload={(kind) => void download(kind)} busy={busy} fullRows={data.flowRows.length} />
      {embeddable ? (
        <button
          ref={embedButton}
          type="button"
          className="action-button"
          aria-haspopup="dialog"
          onClick={() => setEmbedOpen(true)}
        >
          {i18n._({ id: 'actions.embed', message: 'Embed' })}
        </button>
      ) : null}
      <ShareControl
        spec={data.spec}
        title={data.title}
        stepId={stepId}
        embeddable={embeddable}
        root={shareRoot}
      />
      <p className="action-status" role="status">
        {status}
      </p>
      {embeddable && embedOpen ? (
        <Suspense fallback={null}>
          <EmbedDialog
            open={embedOpen}
            onClose={closeEmbed}
            appBase={appBaseUrl()}
            spec={data.spec}
            title={data.title}
            dataVersion={data.dataVersion}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
