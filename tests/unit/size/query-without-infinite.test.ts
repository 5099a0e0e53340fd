import { describe, expect, it } from 'vitest';
import { infiniteQueryBehavior } from '../../../scripts/size/query-infinite-unused';
import { queryWithoutInfinite } from '../../../scripts/size/query-without-infinite';

describe('queryWithoutInfinite plugin', () => {
  const resolve = (source: string, importer?: string) => {
    const hook = queryWithoutInfinite().resolveId as (source: string, importer?: string) => string | null;
    return hook(source, importer);
  };
  const core = '/app/node_modules/@tanstack/query-core/build/modern';

  it("swaps the paging behaviour for Query's import only", () => {
    expect(resolve('./infiniteQueryBehavior.js', `${core}/query.js`)).toMatch(/query-infinite-unused\.ts$/);
    expect(resolve('./infiniteQueryBehavior.js', `${core}/infiniteQueryObserver.js`)).toBeNull();
    expect(resolve('./infiniteQueryBehavior.js', `${core}/queryClient.js`)).toBeNull();
    expect(resolve('./retryer.js', `${core}/query.js`)).toBeNull();
    expect(resolve('./infiniteQueryBehavior.js', '/app/src/figure/query-client.ts')).toBeNull();
  });

  it('refuses to run an infinite query', () => {
    expect(() => infiniteQueryBehavior()).toThrow(/Infinite queries are not in this build/);
  });

  it('no app module makes an infinite query (that would throw in the build)', async () => {
    const { execSync } = await import('node:child_process');
    const pattern = 'useInfiniteQuery|useSuspenseInfiniteQuery|InfiniteQuery|infiniteQueryOptions|_type';
    const hits = execSync(`grep -rlE '${pattern}' src || true`, { encoding: 'utf8' }).trim();
    expect(hits).toBe('');
  });
});
