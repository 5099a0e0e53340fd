// Lingui's CLI: `npm run i18n:extract` gathers every `i18n._({ id, message })` of src/ into catalogues, one file per
// language (the .po files translators edit); `npm run i18n:compile` turns them into the compiled modules the app
// imports (<lang>.ts beside each .po). See src/i18n/i18n.ts.
// Two catalogues, so that an embed in Chinese or Russian downloads only the words it can show:
// - the core one (src/i18n/locales/<lang>): every message outside the pages below, i.e. charts, figures, notes,
//   the embed's own chrome; loaded by the embed and by the app;
// - the pages one (src/i18n/locales/pages/<lang>): the app's header and footer, the story, the explorer, the
//   import and sources pages; loaded by the app only (src/i18n/pages-catalogue.ts).
import { defineConfig } from '@lingui/cli';
import { formatter } from '@lingui/format-po';

/** Folders of src/ whose messages only the app (never an embed) shows. */
const PAGE_FOLDERS = ['app', 'story', 'explorer', 'import', 'sources'];

export default defineConfig({
  locales: ['en', 'zh', 'ru'],
  sourceLocale: 'en',
  catalogs: [
    {
      path: '<rootDir>/src/i18n/locales/{locale}',
      include: ['<rootDir>/src'],
      exclude: PAGE_FOLDERS.map((folder) => `<rootDir>/src/${folder}/**`),
    },
    {
      path: '<rootDir>/src/i18n/locales/pages/{locale}',
      include: PAGE_FOLDERS.map((folder) => `<rootDir>/src/${folder}`),
    },
  ],
  // Origins without line numbers: a catalogue changes when a message does, not when code moves.
  format: formatter({ lineNumbers: false }),
  orderBy: 'messageId',
  compileNamespace: 'ts',
});
