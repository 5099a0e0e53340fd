// The embed's entry: start the data reader, then read the URL and send the data requests (start.ts), then
// draw with React and the chart code (mount.tsx). Only the data reader is imported statically: the entry runs
// as soon as a few hundred bytes have arrived, while the rest downloads (the HTML preloads it) and compiles.
import { startDataReader } from '../data/worker-client';
import '../app/base.css';
import '../app/chart.css';
import './embed.css';

const root = document.getElementById('root');
if (!root) throw new Error('embed.html has no #root element');

startDataReader();
const mount = import('./mount');
const { startEmbed } = await import('./start');
const started = await startEmbed(window.location.search, import.meta.env.BASE_URL, document.baseURI);
const appUrl = new URL(`${import.meta.env.BASE_URL}#/`, document.baseURI).href;
(await mount).mountEmbed(root, { ...started, appUrl });
