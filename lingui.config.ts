// Lingui's CLI: `npm run i18n:extract` gathers every `i18n._({ id, message })` of src/ into one catalogue per
// language (src/i18n/locales/<lang>.po, the file translators edit); `npm run i18n:compile` turns them into the
// compiled modules the app imports (src/i18n/locales/<lang>.ts). See src/i18n/i18n.ts.
import { defineConfig } from '@lingui/cli';
import { formatter } from '@lingui/format-po';

export default defineConfig({
  locales: ['en', 'zh', 'ru'],
  sourceLocale: 'en',
  catalogs: [{ path: '<rootDir>/src/i18n/locales/{locale}', include: ['<rootDir>/src'] }],
  // Origins without line numbers: a catalogue changes when a message does, not when code moves.
  format: formatter({ lineNumbers: false }),
  orderBy: 'messageId',
  compileNamespace: 'ts',
});
