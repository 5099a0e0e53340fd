import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { shortLabel } from '../../../src/charts/line/layout';
import { rankedBarLayout } from '../../../src/charts/ranked-bar/layout';
import { estimateTextWidth } from '../../../src/charts/kit/text-layout';

const LONG_ZH = '851762 接收、转换并发送或再生声音、图像或其他数据用的设备，包括交换及路由设备';
const LONG_EN = '851762 Machines for the reception, conversion and transmission or regeneration of voice';

describe('shortLabel', () => {
  it('cuts an English label at the same place as before: max characters, an ellipsis last', () => {
    expect(shortLabel(LONG_EN, 34)).toBe(`${LONG_EN.slice(0, 33).trimEnd()}…`);
    expect(shortLabel('Static converters', 34)).toBe('Static converters');
  });

  it('counts a Chinese character as nearly two letters, so a Chinese label takes no more room than an English one', () => {
    const cut = shortLabel(LONG_ZH, 44);
    expect(cut.endsWith('…')).toBe(true);
    // No wider than 44 Latin letters would be.
    expect(estimateTextWidth(cut, 12)).toBeLessThanOrEqual(estimateTextWidth('x'.repeat(44), 12));
  });

  it('never returns a Latin label longer than max characters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.integer({ min: 4, max: 60 }), (label, max) => {
        const cut = shortLabel(label, max);
        expect(cut.length).toBeLessThanOrEqual(Math.max(max, label.length <= max ? label.length : 0));
      }),
    );
  });
});

describe('ranked bars at a phone width', () => {
  it('keeps a long Chinese product name inside the chart', () => {
    const width = 358;
    const layout = rankedBarLayout(
      {
        series: [{ key: 'a', label: LONG_ZH, unit: 'usd', points: [{ period: '2023', value: 1e9 }] }],
        period: '2023',
        unit: 'usd',
      } as unknown as Parameters<typeof rankedBarLayout>[0],
      width,
    );
    const bar = layout.bars[0]!;
    expect(bar.labelX + estimateTextWidth(bar.label, 12)).toBeLessThanOrEqual(width);
  });
});
