import { describe, expect, it } from 'vitest';
import { chartUrl } from '../../../src/export/chart-url';
import { exportFileName, slugify } from '../../../src/export/file-name';
import { BACI_SPEC } from './fixtures';

describe('file names', () => {
  it('slugifies titles to lower-case ASCII words', () => {
    expect(slugify('China’s exports to Russia — Tier 3.A (HS 2017)')).toBe(
      'chinas-exports-to-russia-tier-3-a-hs-2017',
    );
    expect(slugify('Éxports àccented')).toBe('exports-accented');
  });

  it('cuts long slugs at a word boundary', () => {
    const slug = slugify('word '.repeat(40), 22);
    expect(slug).toBe('word-word-word-word');
  });

  it('adds the data version and extension, falling back to the spec without a title', () => {
    expect(exportFileName({ title: 'CHPL by tier', dataVersion: '19328fea8939', extension: 'png' })).toBe(
      'chpl-by-tier-19328fea8939.png',
    );
    expect(exportFileName({ title: '!!!', spec: BACI_SPEC, dataVersion: 'v1', extension: 'zip' })).toBe(
      'baci-hs6-value-absolute-v1.zip',
    );
    expect(exportFileName({ dataVersion: '', extension: 'csv' })).toBe('chart.csv');
  });
});

describe('chartUrl', () => {
  it('puts the spec query string in place of the page query, keeping the hash', () => {
    expect(chartUrl('https://x.example/explore?old=1#top', BACI_SPEC)).toMatch(
      /^https:\/\/x\.example\/explore\?v=\d+&.*p=t:1,h6:854231.*#top$/,
    );
  });
});
