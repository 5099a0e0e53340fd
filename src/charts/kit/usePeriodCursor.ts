// Which period the reader is reading: follows the pointer, and the arrow keys (Home/End too) when the plot
// has keyboard focus. Escape clears it.
import { useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { ColumnMark } from './types';

function nearestColumn(columns: readonly ColumnMark[], x: number): ColumnMark | undefined {
  let best: ColumnMark | undefined;
  for (const column of columns) if (!best || Math.abs(column.x - x) < Math.abs(best.x - x)) best = column;
  return best;
}

export function steppedPeriod(
  columns: readonly ColumnMark[],
  current: string | null,
  key: string,
): string | null {
  const index = columns.findIndex((c) => c.period === current);
  const last = columns.length - 1;
  const next: Record<string, number> = {
    ArrowLeft: Math.max(0, index - 1),
    ArrowRight: index === -1 ? 0 : Math.min(last, index + 1),
    Home: 0,
    End: last,
  };
  const target = next[key];
  return target === undefined ? null : (columns[target]?.period ?? null);
}

export function usePeriodCursor(columns: readonly ColumnMark[]) {
  const [activePeriod, setActivePeriod] = useState<string | null>(null);
  const handlers = {
    onPointerMove: (event: PointerEvent<HTMLDivElement>) => {
      const bounds = event.currentTarget.getBoundingClientRect();
      setActivePeriod(nearestColumn(columns, event.clientX - bounds.left)?.period ?? null);
    },
    onPointerLeave: () => setActivePeriod(null),
    onFocus: () => setActivePeriod((current) => current ?? columns[0]?.period ?? null),
    onBlur: () => setActivePeriod(null),
    onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.key === 'Escape') return setActivePeriod(null);
      const period = steppedPeriod(columns, activePeriod, event.key);
      if (period === null) return;
      event.preventDefault();
      setActivePeriod(period);
    },
  };
  return { activePeriod, handlers };
}
