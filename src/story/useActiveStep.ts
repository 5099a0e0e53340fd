// Which step of a section is being read: the one crossing a band across the middle of the viewport.
import { useEffect, useRef, useState } from 'react';

// Only the middle fifth of the viewport counts, so one step is active at a time while scrolling.
const ROOT_MARGIN = '-40% 0px -40% 0px';

export function useActiveStep(count: number, enabled: boolean) {
  const [active, setActive] = useState(0);
  const elements = useRef<(HTMLElement | null)[]>([]);

  useEffect(() => {
    if (!enabled || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          const index = elements.current.indexOf(entry.target as HTMLElement);
          if (index >= 0) setActive(index);
        }
      },
      { rootMargin: ROOT_MARGIN },
    );
    for (const element of elements.current.slice(0, count)) if (element) observer.observe(element);
    return () => observer.disconnect();
  }, [count, enabled]);

  const stepRef = (index: number) => (element: HTMLElement | null) => {
    elements.current[index] = element;
  };
  return { active, setActive, stepRef };
}
