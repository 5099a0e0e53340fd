// The embed's entry: read the URL, start the data reader and send the data requests (start.ts), then draw
// with React and the chart code (mount.tsx). All of it is imported statically and built into one chunk
// beside this entry (vite.config.ts): the HTML names both, the browser fetches them at once, and the data
// requests leave as soon as they have arrived, with nothing else to wait for before the chart is drawn.
// A prerendered embed (embed-<id>.html) already holds its chart: it only fetches its data and hydrates.
import { activateLocale } from '../i18n/i18n';
import {
  chooseLocale,
  HTML_LANG,
  isLocale,
  LANG_PARAM,
  navigatorLanguages,
  SOURCE_LOCALE,
  type Locale,
} from '../i18n/locales';
import { HELD_FILES_ID, heldFiles } from './held-files';
import { startEmbed } from './start';
import { mountEmbed } from './mount';
import '../figure/base.css';
import '../figure/chart.css';
import './embed.css';

// Controls that need JavaScript are hidden until it runs (embed.css): without it, the chart and table stay.
document.documentElement.classList.add('js');

const root = document.getElementById('root');
if (!root) throw new Error('embed.html has no #root element');

const { prerendered, chartData } = root.dataset;
// A prerendered page's own language (the build writes one page per language, data-lang on #root).
const pageLocale = isLocale(root.dataset.lang ?? '') ? (root.dataset.lang as Locale) : SOURCE_LOCALE;

// The link's `lang=`; else a Chinese or Russian page's own language (its file is the embedder's choice); else the
// reader's browser language (a bad value is named in the chart's notice, start.ts).
const params = new URLSearchParams(window.location.search);
const { locale } = chooseLocale(
  params.get(LANG_PARAM) ?? (pageLocale === SOURCE_LOCALE ? null : pageLocale),
  navigatorLanguages(),
);
document.documentElement.lang = HTML_LANG[locale];
// English needs no catalogue; Chinese or Russian load theirs while the rest downloads.
const language = activateLocale(locale);

// The embed's query: a prerendered preset page drawn anew in another language keeps its chart.
let search = window.location.search;
if (prerendered && locale !== pageLocale && prerendered !== 'explorer-default')
  search = `?chart=${prerendered}&${search.slice(1)}`;
// If the prerendered page cannot be hydrated (its URL asks for something else, the reader's language is not the
// page's, or its data is unreachable), the HTML chart stays until the ordinary embed has drawn it.
const hydrated =
  prerendered && chartData && locale === pageLocale
    ? await Promise.all([import('./hydrate'), language])
        .then(([module]) => module.hydratePrerendered(root, prerendered, chartData, pageLocale))
        .catch(() => false)
    : false;
if (!hydrated) {
  const held = heldFiles(document.getElementById(HELD_FILES_ID));
  const started = await startEmbed(search, import.meta.env.BASE_URL, document.baseURI, held);
  const appUrl = new URL(`${import.meta.env.BASE_URL}#/`, document.baseURI).href;
  // The same chart on the current data: where a pinned embed's "updated data available" leads.
  const current = new URL(window.location.href);
  current.searchParams.delete('dv');
  await language;
  if (prerendered) root.replaceChildren();
  mountEmbed(root, { ...started, appUrl, currentUrl: current.href });
}
