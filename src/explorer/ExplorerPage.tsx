import { Link } from '@tanstack/react-router';
import { useEffect } from 'react';
import { SpecFigure } from '../figure/SpecFigure';
import { usePrerenderedData } from '../figure/load/prerendered-data';
import { preloadAllChartCode } from '../charts/spec-chart/SpecChartView';
import { usePageTitle } from '../figure/usePageTitle';
import { ControlsPanel } from './ControlsPanel';
import { SpecNotices } from './SpecNotices';
import { UserFileProvider, useUserFileSpec } from './user/UserFileProvider';
import { useExplorerSpec } from './useExplorerSpec';
import './explorer.css';

export function ExplorerPage() {
  usePageTitle('Explorer');
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
      <h1>Explorer</h1>
      <p>
        Choose a trade flow, products or partners, a period and a measure. The address bar keeps the view:
        copy it to share it. <Link to="/import">Use your own file</Link>: read your own download and see it
        beside the built-in data.
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
