import { describe, expect, it } from 'vitest';
import { MutationCache } from '../../../scripts/size/query-mutations-unused';
import { queryWithoutMutations } from '../../../scripts/size/query-without-mutations';

describe('queryWithoutMutations plugin', () => {
  const resolve = (source: string, importer?: string) => {
    const hook = queryWithoutMutations().resolveId as (source: string, importer?: string) => string | null;
    return hook(source, importer);
  };
  const core = '/app/node_modules/@tanstack/query-core/build/modern';

  it("swaps the mutation cache for QueryClient's import only", () => {
    expect(resolve('./mutationCache.js', `${core}/queryClient.js`)).toMatch(/query-mutations-unused\.ts$/);
    expect(resolve('./mutationCache.js', `${core}/index.js`)).toBeNull();
    expect(resolve('./queryCache.js', `${core}/queryClient.js`)).toBeNull();
    expect(resolve('./mutationCache.js', '/app/src/figure/query-client.ts')).toBeNull();
  });

  it('answers as an empty cache, and refuses to make a mutation', () => {
    const cache = new MutationCache();
    expect(cache.getAll()).toEqual([]);
    expect(cache.findAll()).toEqual([]);
    expect(cache.find()).toBeUndefined();
    expect(() => cache.clear()).not.toThrow();
    expect(typeof cache.subscribe()).toBe('function');
    expect(() => cache.build()).toThrow(/Mutations are not in this build/);
  });

  it('no app module runs a mutation (that would throw in the build)', async () => {
    const { execSync } = await import('node:child_process');
    // react-query's ways in to the mutation cache (the DOM's own MutationObserver is another thing).
    const pattern = 'useMutation|useIsMutating|isMutating|getMutationCache|MutationCache|mutationOptions';
    const hits = execSync(`grep -rlE '${pattern}' src || true`, { encoding: 'utf8' }).trim();
    expect(hits).toBe('');
  });
});
