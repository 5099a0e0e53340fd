// The story's first chart drawn once at every width (issue 11): the build writes one drawing per layout into
// index.html (./prerendered-story.ts, FIRST_CHART_LAYOUTS), story.css shows the one that fits the window without
// any script, and hydration keeps that one (src/app/hydrate-story.tsx removes the others first), starting from
// the width it was drawn at: at those widths the SVG after hydration is the build's, byte for byte.
import { createContext, useContext, type ReactNode } from 'react';
import { InitialChartWidth } from '../charts/kit/useElementWidth';
import { FIRST_CHART_LAYOUT_NAMES, FIRST_CHART_LAYOUTS, type FirstChartLayout } from './prerendered-story';

/**
 * The layouts the first chart is drawn in: every one in the build, the one the page shows in the browser that
 * hydrates it; none (the default) where the page is rendered afresh, which draws it once, at its own width.
 */
export const FirstChartLayouts = createContext<readonly FirstChartLayout[] | null>(null);

/**
 * `chart` once per layout in the context, each in a wrapper of its own. Every layout keeps its place among the
 * children (a layout left out is a null there), so React's ids (useId) in the one the browser keeps are those
 * the build wrote for it, and differ from the other drawings' on the build's page.
 */
export function InFirstChartLayouts({ children }: { children: ReactNode }) {
  const layouts = useContext(FirstChartLayouts);
  if (!layouts) return children;
  return FIRST_CHART_LAYOUT_NAMES.map((layout) =>
    layouts.includes(layout) ? (
      <div key={layout} className="first-chart-layout" data-layout={layout}>
        <InitialChartWidth.Provider value={FIRST_CHART_LAYOUTS[layout]}>
          {children}
        </InitialChartWidth.Provider>
      </div>
    ) : null,
  );
}
