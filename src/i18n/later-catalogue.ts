// The later catalogue (a download's README and images, the Embed and Share dialogs: lingui.config.ts): the code
// that shows those words loads it with itself (ensureCatalogue, ./i18n.ts), so neither an embed nor a page waits
// for words a reader may never ask for.
import type { CatalogueLoaders } from './i18n';

export const LATER_CATALOGUE: CatalogueLoaders = {
  zh: () => import('./locales/later/zh'),
  ru: () => import('./locales/later/ru'),
};
