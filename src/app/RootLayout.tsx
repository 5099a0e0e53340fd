import { appName } from '../figure/app-name';
import { Link, Outlet, useRouterState, useSearch } from '@tanstack/react-router';
import type { MouseEvent, ReactNode } from 'react';
import { i18n } from '../i18n/i18n';
import { BAD_LANG_MESSAGE, LANG_PARAM } from '../i18n/locales';
import { LanguageSwitch, useLanguage } from './language';

// Labels are read at render, in the language then active (a module-level string would stay English).
const NAV = [
  { to: '/', label: () => i18n._({ id: 'nav.story', message: 'Story' }), exact: true },
  { to: '/explorer', label: () => i18n._({ id: 'nav.explorer', message: 'Explorer' }), exact: false },
  { to: '/import', label: () => i18n._({ id: 'nav.import', message: 'Your file' }), exact: false },
  { to: '/sources', label: () => i18n._({ id: 'nav.sources', message: 'Data & sources' }), exact: false },
] as const;

/** Stands for a link inside a translated sentence, whose place differs from language to language: a private-use
 * character (a NUL here broke the built home page's first chart, tests/browser/loading.test.ts). */
const LINK_SLOT = '\ue000';

/** `text` with `link` where its translation put LINK_SLOT. */
function WithLink({ text, link }: { text: string; link: ReactNode }) {
  const [before = text, after = ''] = text.split(LINK_SLOT);
  return (
    <>
      {before}
      {link}
      {after}
    </>
  );
}

/** A `lang=` value that is not a language of ours, named as the explorer names any other bad parameter. */
function LangNotice({ value }: { value: string | null }) {
  if (value === null) return null;
  return (
    <div className="notice lang-notice" role="status">
      <p>
        <code>
          {LANG_PARAM}={value}
        </code>
        : {BAD_LANG_MESSAGE}
      </p>
    </div>
  );
}

/** Pages whose first chart a keyboard reader may want to jump to, past the controls. */
const CHART_PAGES = new Set(['/', '/explorer']);

export function RootLayout() {
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const { locale, rejected } = useLanguage(useSearch({ from: '__root__', select: (search) => search.lang }));
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {i18n._({ id: 'nav.skip-content', message: 'Skip to content' })}
      </a>
      {CHART_PAGES.has(pathname) ? (
        <a className="skip-link" href="#main" onClick={skipToChart}>
          {i18n._({ id: 'nav.skip-chart', message: 'Skip to chart' })}
        </a>
      ) : null}
      <header className="site-header">
        <div className="wrap">
          <Link to="/" className="site-name">
            {appName()}
          </Link>
          <nav aria-label={i18n._({ id: 'nav.main', message: 'Main' })}>
            <ul>
              {NAV.map((item) => (
                <li key={item.to}>
                  <Link
                    to={item.to}
                    activeOptions={{ exact: item.exact }}
                    activeProps={{ className: 'active' }}
                  >
                    {item.label()}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <LanguageSwitch locale={locale} />
        </div>
      </header>
      {/* Keyed by language: every page below redraws its words when the reader switches. */}
      <main id="main" tabIndex={-1} className="wrap" key={locale}>
        <LangNotice value={rejected} />
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="wrap">
          <p>
            {i18n._({
              id: 'footer.data',
              message:
                'Trade data: CEPII BACI, UN Comtrade, IMF; product list: the Common High Priority List (BIS with the EU, Japan and the UK).',
            })}{' '}
            <WithLink
              text={i18n._(
                { id: 'footer.details', message: 'Details, licences and caveats on {link}.' },
                { link: LINK_SLOT },
              )}
              link={<Link to="/sources">{NAV[3].label()}</Link>}
            />
          </p>
          <p>
            {i18n._({
              id: 'footer.software',
              message:
                'Open-source software (MIT licence). No tracking; this site loads nothing from other hosts.',
            })}
          </p>
        </div>
      </footer>
    </>
  );
}

// With hash routing, "#main" would be read as a route: move focus by hand instead.
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

// The first chart's keyboard entry (its plot, or the table's scroll box); the figure itself when it has none yet.
function skipToChart(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  const figure = document.querySelector<HTMLElement>('main figure[data-chart-id]');
  if (!figure) return;
  const entry =
    figure.querySelector<HTMLElement>('.chart-plot, .spec-table-scroll') ??
    figure.querySelector<HTMLElement>('[tabindex="0"], button, a[href], input, select');
  if (entry) {
    entry.focus();
    return;
  }
  figure.tabIndex = -1;
  figure.focus();
}
