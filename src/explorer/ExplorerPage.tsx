import { useEffect } from 'react';
import { SpecFigure } from '../app/SpecFigure';
import { preloadAllChartCode } from '../charts/spec-chart/SpecChartView';
import { usePageTitle } from '../app/usePageTitle';
import { ControlsPanel } from './ControlsPanel';
import { SpecNotices } from './SpecNotices';
import { useExplorerSpec } from './useExplorerSpec';
import './explorer.css';

export function ExplorerPage() {
  usePageTitle('Explorer');
  const { spec, notices, searchKey, setSpec } = useExplorerSpec();
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
        copy it to share it.
      </p>
      <SpecNotices notices={notices} searchKey={searchKey} />
      <div className="explorer-layout">
        <ControlsPanel spec={spec} onChange={setSpec} />
        <div className="explorer-figure">
          <SpecFigure spec={spec} chartId="explorer" showExplore={false} />
        </div>
      </div>
    </section>
  );
}
