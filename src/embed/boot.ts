// The prerendered embeds' entry (embed-<id>.html, written by the build from embed-prerendered.html): the page
// already holds its chart, so this only fetches its data and hydrates it (./hydrate.tsx). If it cannot (its URL
// asks for something else, the reader's language is not the page's, or its data is unreachable), the HTML chart
// stays until the ordinary embed has drawn it (./mount.tsx). Never loads react-dom's string renderer: that is
// embed.html's (./boot-reader.ts). mount.tsx is imported statically: either way this page needs React's DOM
// client (chart-client, vite.config.ts), which then loads with the entry, and a dynamic import of a module in
// that chunk would cost a request for a chunk that only re-exports it.
import { HELD_FILES_ID, heldFiles } from './held-files';
import { embedProps } from './start';
import { embedLanguage } from './page-language';
import { mountEmbed } from './mount';
import '../figure/base.css';
import '../figure/chart.css';
import './embed.css';

// Controls that need JavaScript are hidden until it runs (embed.css): without it, the chart and table stay.
document.documentElement.classList.add('js');

const root = document.getElementById('root');
if (!root) throw new Error('the embed page has no #root element');

const { prerendered, chartData } = root.dataset;
const { locale, pageLocale, ready: language } = embedLanguage(root);

// The embed's query: a prerendered preset page drawn anew in another language keeps its chart.
let search = window.location.search;
if (prerendered && locale !== pageLocale && prerendered !== 'explorer-default')
  search = `?chart=${prerendered}&${search.slice(1)}`;
const hydrated =
  prerendered && chartData && locale === pageLocale
    ? await Promise.all([import('./hydrate'), language])
        .then(([module]) => module.hydratePrerendered(root, prerendered, chartData, pageLocale))
        .catch(() => false)
    : false;
if (!hydrated) {
  const props = await embedProps(search, heldFiles(document.getElementById(HELD_FILES_ID)));
  await language;
  if (prerendered) root.replaceChildren();
  mountEmbed(root, props);
}
