// Which sides of a horizontally scrolling box have more content beyond them, so the table can show a shadow
// (and a word) on that side: a wide table on a phone otherwise looks complete when it is cut.
import { useEffect, useState, type RefObject } from 'react';

export interface ScrollEdges {
  left: boolean;
  right: boolean;
}

/** Pure: more content on a side when the box is scrolled less than the full way (1 px of rounding slack). */
export function scrollEdges(scrollLeft: number, clientWidth: number, scrollWidth: number): ScrollEdges {
  return { left: scrollLeft > 1, right: scrollLeft + clientWidth < scrollWidth - 1 };
}

export function useScrollEdges(ref: RefObject<HTMLElement | null>): ScrollEdges {
  const [edges, setEdges] = useState<ScrollEdges>({ left: false, right: false });
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const update = () => {
      const next = scrollEdges(box.scrollLeft, box.clientWidth, box.scrollWidth);
      setEdges((prev) => (prev.left === next.left && prev.right === next.right ? prev : next));
    };
    update();
    box.addEventListener('scroll', update, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(box);
    if (box.firstElementChild) observer?.observe(box.firstElementChild);
    return () => {
      box.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  }, [ref]);
  return edges;
}
