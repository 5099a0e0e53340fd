// What @tanstack/query-core's QueryClient imports from its mutationCache.js, for an app that never runs a
// mutation: an always-empty cache. The real MutationCache brings the Mutation class with it (~0.8 KB gzip in
// every page), and QueryClient creates one whether or not a mutation ever runs, so the bundler cannot drop it.
// This app only reads files (no useMutation anywhere in src/); the build swaps this module in for
// queryClient.js's import only (query-without-mutations.ts). What QueryClient asks of an empty cache (none
// pending, nothing to resume or clear) it answers as the real one would; making a mutation fails loudly.

const noMutations: readonly never[] = Object.freeze([]);

export class MutationCache {
  /** What useMutation (and a restored mutation) would call: not in this build. */
  build(): never {
    throw new TypeError('Mutations are not in this build (scripts/size/query-mutations-unused.ts)');
  }
  getAll(): readonly never[] {
    return noMutations;
  }
  find(): undefined {
    return undefined;
  }
  findAll(): readonly never[] {
    return noMutations;
  }
  clear(): void {}
  resumePausedMutations(): Promise<void> {
    return Promise.resolve();
  }
  /** Nothing is ever added, so a listener is never called. */
  subscribe(): () => void {
    return () => {};
  }
}
