// The pages' catalogue (header, footer, story, explorer, import, sources: lingui.config.ts): the app registers it
// with addCatalogue (./i18n.ts) before it activates a language; an embed never imports this module, so a Chinese
// or Russian embed does not download the pages' words.
import type { CatalogueLoaders } from './i18n';

export const PAGES_CATALOGUE: CatalogueLoaders = {
  zh: () => import('./locales/pages/zh'),
  ru: () => import('./locales/pages/ru'),
};
