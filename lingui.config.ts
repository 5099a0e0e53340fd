// Lingui's CLI: `npm run i18n:extract` gathers every `i18n._({ id, message })` of src/ into catalogues, one file per
// language (the .po files translators edit); `npm run i18n:compile` turns them into the compiled modules the app
// imports (<lang>.ts beside each .po). See src/i18n/i18n.ts.
// Three catalogues, so that an embed in Chinese or Russian downloads only the words it shows at once:
// - the core one (src/i18n/locales/<lang>): every message outside the pages below, i.e. charts, figures, notes,
//   the embed's own chrome; loaded by the embed and by the app;
// - the pages one (src/i18n/locales/pages/<lang>): the app's header and footer, the story, the explorer, the
//   import and sources pages; loaded by the app only (src/i18n/pages-catalogue.ts);
// - the later one (src/i18n/locales/later/<lang>): what shows only once a reader asks (downloads, the Embed and
//   Share dialogs) or rarely (rows left out, a link's notices and their reasons); loaded with that code
//   (src/i18n/later-catalogue.ts).
import { defineConfig } from '@lingui/cli';
import { formatter } from '@lingui/format-po';

/**
 * Folders and files of src/ whose messages only the app (never an embed) shows: the pages, and the explorer's own
 * words for datasets and transforms (modules only the explorer imports). tests/unit/i18n/catalogues.test.ts reads
 * this list.
 */
export const PAGE_SOURCES = [
  'app',
  'story',
  'explorer',
  'import',
  'sources',
  'spec/dataset-words.ts',
  'spec/transform-choices.ts',
  'charts/chpl-tiers/tier-names.ts',
  // A file's size, written only by the import and sources pages.
  'figure/format-bytes.ts',
];
/**
 * Files whose messages show only after a reader asks for them (a download's README and images, the Embed and Share
 * dialogs) or rarely (rows left out of a file, an embed's address notices and data-version line): their catalogue
 * loads with that code (src/i18n/later-catalogue.ts), so no page waits for it.
 */
export const LATER_SOURCES = [
  'export',
  'figure/actions/EmbedDialog.tsx',
  'figure/actions/SharePanel.tsx',
  'figure/load/RowErrorsNotice.tsx',
  'embed/embed-notices.tsx',
  // The data-version line those notices show (only the notices chunk imports it).
  'embed/pin-message.ts',
  // Why part of a link was not used: worded only where notices are shown (src/spec/notices.ts).
  'spec/notice-words.ts',
  // China Customs' published totals as chart marks: loaded with the marks (figure/published-marks/load.ts).
  'figure/published-marks/gacc-marks.ts',
  // The label of a published claim's translation in a mark's title, loaded with the marks too.
  'figure/published-marks/claim-words.ts',
  // The headline figures' marks: written only once the marks' loader has this catalogue (published-marks/load.ts).
  'figure/published-marks/headline-marks.ts',
];
const isFile = (path: string) => path.endsWith('.ts') || path.endsWith('.tsx');
const glob = (path: string) => `<rootDir>/src/${path}${isFile(path) ? '' : '/**'}`;

export default defineConfig({
  locales: ['en', 'zh', 'ru'],
  sourceLocale: 'en',
  catalogs: [
    {
      path: '<rootDir>/src/i18n/locales/{locale}',
      include: ['<rootDir>/src'],
      exclude: [...PAGE_SOURCES, ...LATER_SOURCES].map(glob),
    },
    {
      path: '<rootDir>/src/i18n/locales/pages/{locale}',
      include: PAGE_SOURCES.map((path) => `<rootDir>/src/${path}`),
    },
    {
      path: '<rootDir>/src/i18n/locales/later/{locale}',
      include: LATER_SOURCES.map((path) => `<rootDir>/src/${path}`),
    },
  ],
  // Origins without line numbers: a catalogue changes when a message does, not when code moves.
  format: formatter({ lineNumbers: false }),
  orderBy: 'messageId',
  compileNamespace: 'ts',
});
