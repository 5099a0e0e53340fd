import { createRoot } from 'react-dom/client';
import { AppTree } from './AppTree';
import { hydrateStory } from './hydrate-story';
import {
  isPrerenderedStoryRoute,
  LANGUAGE_PENDING_ATTRIBUTE,
  PRERENDERED_STORY_ATTRIBUTE,
} from '../story/prerendered-story';
import { createQueryClient } from '../figure/query-client';
import { createAppRouter } from './router';
import { activateLocale, addCatalogue } from '../i18n/i18n';
import { PAGES_CATALOGUE } from '../i18n/pages-catalogue';
import { chooseLocale, HTML_LANG, LANG_PARAM, navigatorLanguages } from '../i18n/locales';
import { SECTIONS } from '../story/sections';
import { scrollToSectionWhenDrawn, sectionFromHash } from '../story/section-anchor';
import '../figure/base.css';
import './layout.css';
import '../figure/chart.css';
import './print.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The link's language is loaded before the first render, so a Chinese or Russian reader never sees the app drawn
// in English first (the header's switch and later links go through RootLayout's useLanguage).
const hashSearch = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
const { locale } = chooseLocale(hashSearch.get(LANG_PARAM), navigatorLanguages());
document.documentElement.lang = HTML_LANG[locale];

// The app shows its pages' words too (an embed loads the core catalogue only).
addCatalogue(PAGES_CATALOGUE);

// A section's own fragment (a contents link followed before this script ran) is the story's route at that section.
const section = sectionFromHash(
  window.location.hash,
  SECTIONS.map(({ id }) => id),
);
if (section) window.history.replaceState(window.history.state, '', '#/');
const queryClient = createQueryClient();
const router = createAppRouter();

// The router's scroll restoration sends its first render to the top: the section is scrolled to after it (and
// at once, in case the story was already hydrated and rendered by then).
const showSection = () => {
  if (!section) return;
  scrollToSectionWhenDrawn(section);
  const stop = router.subscribe('onRendered', () => {
    stop();
    scrollToSectionWhenDrawn(section);
  });
};

const prerendered = isPrerenderedStoryRoute(window.location.hash, locale);
/** No prerendered story left, nor its styles (layout.css): the page is drawn as it always was. */
const clearStory = () => {
  root.replaceChildren();
  root.removeAttribute(PRERENDERED_STORY_ATTRIBUTE);
  // Nothing left for it to hide (layout.css: index.html's check of the language before its first paint).
  document.documentElement.removeAttribute(LANGUAGE_PENDING_ATTRIBUTE);
};
// The build's story (index.html holds it in English, at "#/") is not what this page shows: it goes at once, not
// once the language's catalogue is in (a Chinese reader never sees it: a script in index.html's <head> hid it).
if (!prerendered) clearStory();

const render = () => {
  clearStory();
  // No prerendered story left whose controls would wait for hydration (layout.css, ./hydrate-story.tsx).
  document.documentElement.classList.add('js');
  createRoot(root).render(<AppTree queryClient={queryClient} router={router} />);
};
// The story in English, as the build drew it into index.html, is hydrated (./hydrate-story.tsx); English
// otherwise renders at once, as it always has (no top-level await: the entry starts as before); another language
// renders once its catalogue is in.
if (locale === 'en') {
  void hydrateStory(root, prerendered, queryClient, router).then((hydrated) => {
    if (!hydrated) render();
    showSection();
  });
} else
  void activateLocale(locale).then(() => {
    render();
    showSection();
  });
