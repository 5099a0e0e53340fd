import { describe, expect, it } from 'vitest';
import { chartTopics, labelRank } from '../../../src/spec/event-topics';
import { highlightedEvents } from '../../../src/spec/highlighted-events';
import { PRESETS, defaultSpecFor } from '../../../src/spec';

describe('which events a chart labels', () => {
  it('reads what a chart shows as topics', () => {
    expect([...chartTopics(PRESETS['chpl-tiers'])].sort()).toEqual(['all', 'chpl']);
    expect([...chartTopics(PRESETS['monthly-totals-rolling'])].sort()).toEqual(['all', 'china-totals']);
    expect([...chartTopics(PRESETS['eu-sanctioned-neighbours'])].sort()).toEqual(['all', 'eu']);
    expect([...chartTopics(PRESETS['russia-imports-by-partner'])].sort()).toEqual(['all', 'russia-imports']);
    expect([...chartTopics(defaultSpecFor('comtrade-chpl-monthly'))].sort()).toEqual(['all', 'chpl']);
  });

  it('labels an event named for every chart first, one named for the chart next, and groups the rest', () => {
    const chpl = chartTopics(PRESETS['chpl-tiers']);
    expect(labelRank({ label_on: 'all' }, chpl)).toBe(0);
    expect(labelRank({ label_on: 'eu chpl' }, chpl)).toBe(1);
    expect(labelRank({ label_on: 'eu' }, chpl)).toBeNull();
    expect(labelRank({ label_on: null }, chpl)).toBeNull();
  });
});

describe('highlightedEvents', () => {
  const events = [
    { id: 'before', date: '2016-05-01', label_on: 'all' },
    { id: 'invasion', date: '2022-02-24', label_on: 'all' },
    { id: 'eu-only', date: '2022-02-25', label_on: 'eu' },
    { id: 'list', date: '2023-09-28', label_on: 'chpl' },
    { id: 'grouped', date: '2023-10-06', label_on: null },
    { id: 'after', date: '2024-02-23', label_on: 'chpl' },
  ];

  it('names the events in the chart’s range that its kind of chart labels, in date order', () => {
    expect(highlightedEvents(PRESETS['chpl-tiers'], events).map((e) => e.id)).toEqual(['invasion', 'list']);
    expect(highlightedEvents(PRESETS['eu-sanctioned-neighbours'], events)).toEqual([]);
    expect(
      highlightedEvents({ ...PRESETS['eu-sanctioned-neighbours'], chart: 'line' }, events).map((e) => e.id),
    ).toEqual(['invasion', 'eu-only']);
  });

  it('names none when the chart draws no events', () => {
    expect(highlightedEvents({ ...PRESETS['chpl-tiers'], events: false }, events)).toEqual([]);
    expect(highlightedEvents(PRESETS['chpl-top-codes-2023'], events)).toEqual([]);
  });
});
