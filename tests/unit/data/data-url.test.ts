import { expect, it } from 'vitest';
import { dataUrl } from '../../../src/data/data-url';

it('resolves data paths against the page, under any base path, as absolute URLs', () => {
  expect(dataUrl('flows/baci_chpl.csv', './', 'https://example.org/tools/app/index.html')).toBe(
    'https://example.org/tools/app/data/flows/baci_chpl.csv',
  );
  expect(dataUrl('manifest.json', '/sub/', 'https://example.org/sub/#/explorer')).toBe(
    'https://example.org/sub/data/manifest.json',
  );
});
