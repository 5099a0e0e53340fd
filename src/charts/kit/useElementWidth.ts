import { createContext, useContext, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * The width a chart is drawn at before it can measure its container: the build's prerender draws one layout per
 * width (scripts/prerender/, src/embed/prerender-layouts.ts) and hydration must start from the same one. Unset, a
 * chart's own fallback applies.
 */
export const InitialChartWidth = createContext<number | undefined>(undefined);

/** The element's content width, kept current with a ResizeObserver, so charts fit any screen. */
export function useElementWidth<T extends HTMLElement>(fallback: number): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const initial = useContext(InitialChartWidth);
  const [width, setWidth] = useState(initial ?? fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const measured = Math.floor(element.getBoundingClientRect().width);
      if (measured > 0) setWidth(measured);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
