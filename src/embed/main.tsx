import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { manifestQuery, tableQuery } from '../app/data/queries';
import { createQueryClient } from '../app/query-client';
import { DATA_FILES } from '../data/files';
import { pinDataVersion } from '../data/data-url';
import { resolveDataVersion } from './data-version';
import { EmbedApp } from './EmbedApp';
import { parseEmbedParams } from './embed-params';
import { reportHeight } from './post-height';
import { applyTheme } from './theme';
import '../app/base.css';
import '../app/chart.css';
import './embed.css';

const root = document.getElementById('root');
if (!root) throw new Error('embed.html has no #root element');

const request = parseEmbedParams(window.location.search);
applyTheme(request.theme);
const appUrl = new URL(`${import.meta.env.BASE_URL}#/`, document.baseURI).href;
// Decided before any data file is requested, so the whole chart reads one version.
const pin = await resolveDataVersion(
  request.dataVersion,
  new URL(`${import.meta.env.BASE_URL}data/`, document.baseURI).href,
);
if (pin.kind === 'pinned') pinDataVersion(pin.dataVersion);

// Every chart reads the manifest and the concordance first (they say which files it needs): start both now,
// while React renders, rather than after.
const queryClient = createQueryClient();
void queryClient.prefetchQuery(manifestQuery);
void queryClient.prefetchQuery(tableQuery(DATA_FILES.concordance, 'concordance'));

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <EmbedApp request={request} pin={pin} appUrl={appUrl} />
    </QueryClientProvider>
  </StrictMode>,
);

if (window.parent !== window) reportHeight(root);
