import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import type { MouseEvent } from 'react';
import { TOOL_NAME } from '../figure/usePageTitle';

const NAV = [
  { to: '/', label: 'Story', exact: true },
  { to: '/explorer', label: 'Explorer', exact: false },
  { to: '/import', label: 'Your file', exact: false },
  { to: '/sources', label: 'Data & sources', exact: false },
] as const;

/** Pages whose first chart a keyboard reader may want to jump to, past the controls. */
const CHART_PAGES = new Set(['/', '/explorer']);

export function RootLayout() {
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to content
      </a>
      {CHART_PAGES.has(pathname) ? (
        <a className="skip-link" href="#main" onClick={skipToChart}>
          Skip to chart
        </a>
      ) : null}
      <header className="site-header">
        <div className="wrap">
          <Link to="/" className="site-name">
            {TOOL_NAME}
          </Link>
          <nav aria-label="Main">
            <ul>
              {NAV.map((item) => (
                <li key={item.to}>
                  <Link
                    to={item.to}
                    activeOptions={{ exact: item.exact }}
                    activeProps={{ className: 'active' }}
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="wrap">
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="wrap">
          <p>
            Trade data: CEPII BACI, UN Comtrade, IMF; product list: the Common High Priority List (BIS with
            the EU, Japan and the UK). Details, licences and caveats on{' '}
            <Link to="/sources">Data &amp; sources</Link>.
          </p>
          <p>Open-source software (MIT licence). No tracking; this site loads nothing from other hosts.</p>
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
