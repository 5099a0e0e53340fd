// What @tanstack/query-core's QueryClient imports from its mutationCache.js, for an app that never runs a
// mutation: an always-empty cache. The real MutationCache brings the Mutation class with it (~1.5 KB gzip in
// every page), and QueryClient creates one whether or not a mutation ever runs, so the bundler cannot drop it.
// This app only reads files (no useMutation anywhere in src/); the build swaps this module in for
// queryClient.js's import only (query-without-mutations.ts). What QueryClient asks of an empty cache (none
// pending, nothing to resume or clear) it answers as the real one would; making a mutation fails loudly.

function refused(name: string): never {
  throw new TypeError(
    `MutationCache.${name}: mutations are not in this build (see scripts/size/query-mutations-unused.ts)`,
  );
}

const noMutations: readonly never[] = Object.freeze([]);

export class MutationCache {
  readonly config: unknown;
  constructor(config: unknown = {}) {
    this.config = config;
  }
  build(): never {
    return refused('build');
  }
  add(): never {
    return refused('add');
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
  hasListeners(): boolean {
    return false;
  }
}
