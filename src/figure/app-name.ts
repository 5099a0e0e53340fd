// The product's name, in one place for the app's header and the embed's credit line, so it has one message id
// in one catalogue (the core one, which both load).
import { i18n } from '../i18n/i18n';

export const appName = (): string =>
  i18n._({ id: 'app.name', message: 'China–Russia dual-use trade explorer' });
