import { describe, expect, it } from 'vitest';
import { chartSpec } from '../../../src/spec/schema';
import { defaultSpecFor, parseSearchParams, reconcileSpec, specToQueryString } from '../../../src/spec';
import { worded } from '../spec/worded-notices';

describe('the spec’s `compare` field (a reader’s file beside the built-in data)', () => {
  it('is written only when on and round-trips through the URL', () => {
    const spec = { ...defaultSpecFor('user'), compare: true as const };
    expect(specToQueryString(spec)).toBe('v=1&d=user&cmp=1');
    expect(parseSearchParams(specToQueryString(spec)).spec).toEqual(spec);
    expect(specToQueryString(defaultSpecFor('user-monthly'))).toBe('v=1&d=user-monthly');
    expect(parseSearchParams('v=1&d=user&cmp=0').spec).not.toHaveProperty('compare');
  });

  it('applies only to a reader’s file: elsewhere it is dropped with a notice', () => {
    const parsed = parseSearchParams('v=1&cmp=1');
    expect(parsed.spec).not.toHaveProperty('compare');
    expect(worded(parsed.notices)).toEqual([
      { param: 'cmp', value: '1', message: 'comparing applies only to your own file' },
    ]);
    expect(parseSearchParams('v=1&d=user&cmp=yes').notices[0]).toMatchObject({ param: 'cmp', value: 'yes' });
  });

  it('draws lines, never a stack of the file on the data it is compared with', () => {
    const { spec, notices } = reconcileSpec({
      ...defaultSpecFor('user'),
      chart: 'stacked-bar',
      compare: true,
    });
    expect(spec.chart).toBe('line');
    expect(notices[0]?.param).toBe('c');
    expect(
      chartSpec.safeParse({ ...defaultSpecFor('user'), chart: 'stacked-area', compare: true }).success,
    ).toBe(false);
  });

  it('accepts any exporter -> importer pair for a file, never a partner flow', () => {
    const kaz = parseSearchParams('v=1&d=user-monthly&f=CHN-KAZ');
    expect(kaz.notices).toEqual([]);
    expect(kaz.spec.flow).toEqual({ kind: 'bilateral', exporter: 'CHN', importer: 'KAZ' });
    expect(parseSearchParams('v=1&d=user&f=RUS:imports').notices[0]?.param).toBe('f');
  });
});
