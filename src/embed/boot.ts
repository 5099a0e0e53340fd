// The embed's entry: start loading the data first (start.ts), then fetch React and the chart code and draw.
// Importing mount.tsx dynamically is what lets the data requests leave before ~100 KB of JS is parsed.
import { startEmbed } from './start';
import '../app/base.css';
import '../app/chart.css';
import './embed.css';

const root = document.getElementById('root');
if (!root) throw new Error('embed.html has no #root element');

const mount = import('./mount');
const started = await startEmbed(window.location.search, import.meta.env.BASE_URL, document.baseURI);
const appUrl = new URL(`${import.meta.env.BASE_URL}#/`, document.baseURI).href;
(await mount).mountEmbed(root, { ...started, appUrl });
