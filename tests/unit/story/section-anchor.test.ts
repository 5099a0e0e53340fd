import { describe, expect, test } from 'vitest';
import { sectionFromHash } from '../../../src/story/section-anchor';

const IDS = ['tiers', 'refusal-to-join-sanctions'];

describe('sectionFromHash', () => {
  test('a section fragment names its section', () => {
    expect(sectionFromHash('#refusal-to-join-sanctions', IDS)).toBe('refusal-to-join-sanctions');
    expect(sectionFromHash('#tiers', IDS)).toBe('tiers');
  });

  test('routes, unknown fragments and broken escapes are not sections', () => {
    for (const hash of ['', '#', '#/', '#/explorer?v=1', '#/tiers', '#nope', '#%E0%A4%A', 'tiers'])
      expect(sectionFromHash(hash, IDS), hash).toBeNull();
  });
});
