import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeEventLabels, type EventLabelStrip } from '../../../src/charts/kit/event-labels';

const STRIP: EventLabelStrip = { left: 40, right: 640, maxRows: 2, gap: 6, textInset: 4 };

describe('placeEventLabels', () => {
  it('starts each label at its date and stacks two labels of the same week in two rows', () => {
    const layout = placeEventLabels(
      [
        { id: 'invasion', dateX: 300, width: 120 },
        { id: 'export-controls', dateX: 302, width: 140 },
      ],
      STRIP,
    );
    expect(layout.placed).toEqual([
      { id: 'invasion', dateX: 300, width: 120, x: 300, row: 0 },
      { id: 'export-controls', dateX: 302, width: 140, x: 302, row: 1 },
    ]);
    expect(layout.dropped).toEqual([]);
    expect(layout.rows).toBe(2);
  });

  it('moves a label near the right edge left so it stays inside the chart', () => {
    const { placed } = placeEventLabels([{ id: 'late', dateX: 630, width: 100 }], STRIP);
    expect(placed[0]?.x).toBe(540);
  });

  it('keeps a label pushed left by the edge off the leader of the label above it', () => {
    // "late" fits row 1 only at 540-640 (the edge pushes it left), across the leader "a" drops at 600: no room.
    const layout = placeEventLabels(
      [
        { id: 'a', dateX: 600, width: 30 },
        { id: 'late', dateX: 630, width: 100 },
      ],
      STRIP,
    );
    expect(layout.placed.map((p) => p.id)).toEqual(['a']);
    expect(layout.dropped).toEqual(['late']);
  });

  it('keeps a leader off the text of a label in a row below it', () => {
    // "c" has room in row 0, but its leader would run down through the text of "b" in row 1.
    const layout = placeEventLabels(
      [
        { id: 'a', dateX: 300, width: 200 },
        { id: 'b', dateX: 310, width: 300 },
        { id: 'c', dateX: 520, width: 50 },
      ],
      { ...STRIP, right: 1000 },
    );
    expect(layout.placed.map((p) => [p.id, p.row])).toEqual([
      ['a', 0],
      ['b', 1],
    ]);
    expect(layout.dropped).toEqual(['c']);
  });

  it('gives a label of a lower rank its place first, even when it comes later', () => {
    const labels = [
      { id: 'early', dateX: 300, width: 100 },
      { id: 'key', dateX: 320, width: 100 },
    ];
    const oneRow = { ...STRIP, maxRows: 1 };
    expect(placeEventLabels(labels, oneRow).placed.map((p) => p.id)).toEqual(['early']);
    const ranked = placeEventLabels([labels[0]!, { ...labels[1]!, rank: -1 }], oneRow);
    expect(ranked.placed.map((p) => p.id)).toEqual(['key']);
    expect(ranked.dropped).toEqual(['early']);
  });

  it('drops what has no room (a third label on the same date) instead of overlapping', () => {
    const layout = placeEventLabels(
      ['a', 'b', 'c'].map((id) => ({ id, dateX: 300, width: 100 })),
      STRIP,
    );
    expect(layout.placed.map((p) => p.id)).toEqual(['a', 'b']);
    expect(layout.dropped).toEqual(['c']);
  });

  it('at any width: labels never overlap, stay inside the strip, and each is placed or dropped once', () => {
    const label = fc.record({
      id: fc.string({ minLength: 1, maxLength: 8 }),
      dateX: fc.double({ min: -50, max: 1500, noNaN: true }),
      width: fc.double({ min: 1, max: 400, noNaN: true }),
    });
    const strip = fc.record({
      left: fc.double({ min: 0, max: 100, noNaN: true }),
      span: fc.double({ min: 50, max: 1400, noNaN: true }),
      maxRows: fc.integer({ min: 1, max: 4 }),
      gap: fc.double({ min: 0, max: 12, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(label, { selector: (l) => l.id, maxLength: 20 }), strip, (labels, s) => {
        const box = { left: s.left, right: s.left + s.span, maxRows: s.maxRows, gap: s.gap, textInset: 4 };
        const { placed, dropped, rows } = placeEventLabels(labels, box);
        expect(placed.length + dropped.length).toBe(labels.length);
        expect(new Set([...placed.map((p) => p.id), ...dropped]).size).toBe(labels.length);
        for (const p of placed) {
          expect(p.x).toBeGreaterThanOrEqual(box.left - 1e-9);
          expect(p.x + p.width).toBeLessThanOrEqual(box.right + 1e-9);
          expect(p.row).toBeLessThan(box.maxRows);
          expect(p.row).toBeLessThan(rows);
        }
        for (const a of placed)
          for (const b of placed) {
            if (a === b || a.row !== b.row) continue;
            const apart = a.x + a.width + box.gap <= b.x || b.x + b.width + box.gap <= a.x;
            expect(apart).toBe(true);
          }
        // A leader runs from its label down through the rows below: no label there sits across it.
        for (const above of placed)
          for (const below of placed) {
            if (below.row <= above.row) continue;
            const across = above.dateX > below.x + 3 && above.dateX < below.x + below.width + 1;
            expect(across).toBe(false);
          }
      }),
      { numRuns: 300 },
    );
  });
});
