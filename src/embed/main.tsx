import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from '../app/query-client';
import { EmbedApp } from './EmbedApp';
import { reportHeight } from './post-height';
import '../app/base.css';
import '../app/chart.css';
import '../app/embed.css';

const root = document.getElementById('root');
if (!root) throw new Error('embed.html has no #root element');

const chartId = new URLSearchParams(window.location.search).get('chart');
const appUrl = new URL(`${import.meta.env.BASE_URL}#/`, document.baseURI).href;

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <EmbedApp chartId={chartId} appUrl={appUrl} />
    </QueryClientProvider>
  </StrictMode>,
);

if (window.parent !== window) reportHeight(root);
