// Where cited published figures go: at their period and value, with the label on whichever side has room.
import { estimateTextWidth } from './text-layout';
import { FONT_SIZE } from './time-frame';
import type { ReferenceMark, ReferenceMarkLayout, TimeFrame } from './types';

export function referenceMarkLayouts(
  marks: readonly ReferenceMark[],
  frame: Pick<TimeFrame, 'y' | 'drawable' | 'plot'>,
  xOf: (mark: ReferenceMark) => number | null,
): ReferenceMarkLayout[] {
  // A label that would start before the end of the last one drawn is left out (its tooltip and the list under
  // the chart still give it), so close marks (year-to-date figures six months apart) stay readable.
  let lastEnd = -Infinity;
  return marks.flatMap((mark) => {
    const x = xOf(mark);
    if (x === null || !frame.drawable(mark.value)) return [];
    const width = estimateTextWidth(mark.label, FONT_SIZE - 1);
    const fits = x + 10 + width < frame.plot.right;
    const left = fits ? x + 9 : x - 9 - width;
    const hidden = left < lastEnd + 4;
    if (!hidden) lastEnd = left + width;
    return [
      {
        id: mark.id,
        x,
        y: frame.y(mark.value),
        // Left out (empty) when it would run into the label before it.
        label: hidden ? '' : mark.label,
        url: mark.url,
        sourceTitle: mark.sourceTitle,
        title: mark.title ?? `${mark.label} (${mark.sourceTitle})`,
        anchor: fits ? 'start' : 'end',
      },
    ];
  });
}
