// embed.html's entry, the embed of a reader's own spec: read the URL, start the data reader and the data requests
// (./start.ts; the HTML's inline script sent the spec's flow requests already), then draw the chart as HTML with
// react-dom's small string renderer as soon as its files are here (./first-draw.tsx, in this entry's chunk) and
// only after that paint fetch react-dom's client to hydrate it (./hydrate-reader.tsx): the client, the embed's
// largest script, is neither downloaded nor run before the chart is drawn. What the first drawing cannot draw
// for certain (a notice to show, a pinned data version, a file that failed) is drawn by the client as before
// (./mount.tsx). The prerendered pages have their own entry (./boot.ts), without the string renderer.
import { afterPaint } from '../charts/kit/after-paint';
import { drawFirst } from './first-draw';
import { HELD_FILES_ID, heldFiles } from './held-files';
import { embedLanguage } from './page-language';
import { embedProps } from './start';
import '../figure/base.css';
import '../figure/chart.css';
import './embed.css';

// Controls that need JavaScript are hidden until it runs (embed.css): without it, the chart and table stay.
document.documentElement.classList.add('js');

const root = document.getElementById('root');
if (!root) throw new Error('embed.html has no #root element');

/** The chart's width in the empty root: the root's less the embed's padding (embed.css: 0.75rem each side). */
function chartWidthGuess(element: HTMLElement): number {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return Math.floor(element.getBoundingClientRect().width - 1.5 * rem);
}

const { ready: language } = embedLanguage(root);
const props = await embedProps(window.location.search, heldFiles(document.getElementById(HELD_FILES_ID)));
await language;
const drawnAt = await drawFirst(root, props, chartWidthGuess(root)).catch(() => null);
if (drawnAt !== null) {
  // Two paints later: the client is not requested until the drawn chart has surely been shown.
  const hydrate = () =>
    void import('./hydrate-reader').then((module) =>
      module.hydrateReader(root, { ...props, width: drawnAt }),
    );
  afterPaint(() => afterPaint(hydrate));
} else {
  const { mountEmbed } = await import('./mount');
  root.replaceChildren();
  mountEmbed(root, props);
}
