import { describe, expect, it } from 'vitest';
import { chartTopics, labelRank } from '../../../src/spec/event-topics';
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
