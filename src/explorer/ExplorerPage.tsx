import { Link } from '@tanstack/react-router';
import { useEffect } from 'react';
import { SpecFigure } from '../figure/SpecFigure';
import { usePrerenderedData } from '../figure/load/prerendered-data';
import { preloadAllChartCode } from '../charts/spec-chart/SpecChartView';
import { usePageTitle } from '../figure/usePageTitle';
import { LINK_SLOT, WithLink } from '../figure/WithLink';
import { i18n } from '../i18n/i18n';
import { ControlsPanel } from './ControlsPanel';
import { SpecNotices } from './SpecNotices';
import { UserFileProvider, useUserFileSpec } from './user/UserFileProvider';
import { useExplorerSpec } from './useExplorerSpec';
import './explorer.css';

export function ExplorerPage() {
  usePageTitle(i18n._({ id: 'explorer.title', message: 'Explorer' }));
  // A link to a reader's file this page does not hold falls back to the default chart, with a notice.
  const { spec, notices, searchKey, setSpec } = useUserFileSpec(useExplorerSpec());
  // A preset or the default view: the build's data for it draws the chart before the CSV files are read.
  const prerendered = usePrerenderedData(spec);
  // Switching chart type here should never wait for code: fetch every lazy chart view once the page settles.
  useEffect(() => {
    const timer = setTimeout(preloadAllChartCode, 1000);
    return () => clearTimeout(timer);
  }, []);
  return (
    <section className="page explorer">
      <h1>{i18n._({ id: 'explorer.title', message: 'Explorer' })}</h1>
      <p>
        <WithLink
          text={i18n._(
            {
              id: 'explorer.intro',
              message:
                'Choose a trade flow, products or partners, a period and a measure. The address bar keeps the view: copy it to share it. {link}: read your own download and see it beside the built-in data.',
            },
            { link: LINK_SLOT },
          )}
          link={
            <Link to="/import">{i18n._({ id: 'explorer.intro-link', message: 'Use your own file' })}</Link>
          }
        />
      </p>
      <SpecNotices notices={notices} searchKey={searchKey} />
      <UserFileProvider>
        <div className="explorer-layout">
          <ControlsPanel spec={spec} onChange={setSpec} />
          <div className="explorer-figure">
            <SpecFigure spec={spec} chartId="explorer" showExplore={false} builtData={prerendered} />
          </div>
        </div>
      </UserFileProvider>
    </section>
  );
}
