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
  // Labels drawn so far, as boxes: a label that would run into one is left out (its tooltip and the list
  // under the chart still give it), so close marks (year-to-date figures six months apart) stay readable.
  const drawn: { left: number; right: number; y: number }[] = [];
  return marks.flatMap((mark) => {
    const x = xOf(mark);
    if (x === null || !frame.drawable(mark.value)) return [];
    const y = frame.y(mark.value);
    const width = estimateTextWidth(mark.label, FONT_SIZE - 1);
    const fits = x + 10 + width < frame.plot.right;
    const left = fits ? x + 9 : x - 9 - width;
    const box = { left, right: left + width, y };
    const collides = drawn.some(
      (d) => box.left < d.right + 4 && d.left < box.right + 4 && Math.abs(d.y - y) < FONT_SIZE + 2,
    );
    if (!collides) drawn.push(box);
    return [
      {
        id: mark.id,
        x,
        y,
        label: mark.label,
        url: mark.url,
        sourceTitle: mark.sourceTitle,
        title:
          (mark.title ?? `${mark.label} (${mark.sourceTitle})`) +
          (mark.secondary ? `; the link (${mark.sourceTitle}) is a secondary report` : ''),
        ...(collides ? { labelHidden: true } : {}),
        anchor: fits ? 'start' : 'end',
      },
    ];
  });
}
