// Where cited published figures go: at their period and value, with the label on whichever side has room.
import type { TimeFrame } from '../frame/types';
import type { ReferenceMark } from '../spec-chart/types';
import { estimateTextWidth } from '../text-layout';
import { FONT_SIZE } from '../frame/time-frame';
import type { ReferenceMarkLayout } from './types';

export function referenceMarkLayouts(
  marks: readonly ReferenceMark[],
  frame: Pick<TimeFrame, 'y' | 'drawable' | 'plot'>,
  xOf: (mark: ReferenceMark) => number | null,
): ReferenceMarkLayout[] {
  return marks.flatMap((mark) => {
    const x = xOf(mark);
    if (x === null || !frame.drawable(mark.value)) return [];
    const fits = x + 10 + estimateTextWidth(mark.label, FONT_SIZE - 1) < frame.plot.right;
    return [
      {
        id: mark.id,
        x,
        y: frame.y(mark.value),
        label: mark.label,
        url: mark.url,
        sourceTitle: mark.sourceTitle,
        anchor: fits ? 'start' : 'end',
      },
    ];
  });
}
