// Which built JS files a page needs before it can first render, read from Vite's build manifest.
//
// Rule (kept deliberately simple and honest):
//   1. the entry chunk (manifest key = the HTML entry, e.g. "index.html") and its static `imports`, transitively;
//   2. plus, for pages that lazy-load their first screen, every chunk reached by a `dynamicImports` edge from
//      a chunk already counted whose key, src or name matches `firstScreen` (e.g. /story/i), with its static
//      imports, repeated until no new chunk is reached;
//   3. workers: any JS asset a chunk of steps 1-2 references (Vite emits a worker entry as an asset) and, when the
//      manifest lists that worker bundle (isWorker), the worker's own static imports. Counted in their own column.
// Other dynamic imports (explorer, exports) are not needed to first render and are not counted.

/** The subset of Vite's ManifestChunk this needs. */
export interface ManifestChunk {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  isWorker?: boolean;
  isWorkerEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  assets?: string[];
  css?: string[];
}
export type BuildManifest = Record<string, ManifestChunk>;

export interface PageChunks {
  /** JS files the page loads (entry, static imports, first-screen lazy chunks), in discovery order. */
  js: string[];
  /** JS files of Web Workers the page starts. */
  workers: string[];
}

const isJs = (file: string) => /\.m?js$/.test(file);

function chunkAt(manifest: BuildManifest, key: string): ManifestChunk {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`build manifest has no entry "${key}"`);
  return chunk;
}

/** Keys reachable from `start` through static imports, `start` included, each once (cycles are safe). */
export function staticClosure(manifest: BuildManifest, start: string[]): string[] {
  const seen = new Set<string>();
  const stack = [...start].reverse();
  while (stack.length > 0) {
    const key = stack.pop() as string;
    if (seen.has(key)) continue;
    seen.add(key);
    const imports = chunkAt(manifest, key).imports ?? [];
    for (let i = imports.length - 1; i >= 0; i--) stack.push(imports[i] as string);
  }
  return [...seen];
}

function matchesFirstScreen(key: string, chunk: ManifestChunk, firstScreen: RegExp | undefined): boolean {
  if (!firstScreen) return false;
  return [key, chunk.src ?? '', chunk.name ?? ''].some((label) => firstScreen.test(label));
}

function workerFiles(manifest: BuildManifest, pageKeys: string[]): string[] {
  const workerKeyByFile = new Map(
    Object.entries(manifest)
      .filter(([, chunk]) => chunk.isWorker)
      .map(([key, chunk]) => [chunk.file, key] as const),
  );
  const files = new Set<string>();
  for (const key of pageKeys) {
    for (const asset of chunkAt(manifest, key).assets ?? []) {
      if (!isJs(asset)) continue;
      files.add(asset);
      const workerKey = workerKeyByFile.get(asset);
      if (workerKey)
        for (const k of staticClosure(manifest, [workerKey])) files.add(chunkAt(manifest, k).file);
    }
  }
  return [...files];
}

export function pageChunks(manifest: BuildManifest, entryKey: string, firstScreen?: RegExp): PageChunks {
  // A first-screen lazy chunk may itself lazy-load one (the embed imports mount.tsx, whose chart code imports
  // a chart type): follow matching dynamic imports until nothing new is reached.
  let pageKeys = staticClosure(manifest, [entryKey]);
  for (;;) {
    const known = new Set(pageKeys);
    const lazyKeys = pageKeys.flatMap((key) =>
      (chunkAt(manifest, key).dynamicImports ?? []).filter(
        (target) => !known.has(target) && matchesFirstScreen(target, chunkAt(manifest, target), firstScreen),
      ),
    );
    if (lazyKeys.length === 0) break;
    pageKeys = staticClosure(manifest, [...pageKeys, ...lazyKeys]);
  }
  return {
    js: pageKeys.map((key) => chunkAt(manifest, key).file).filter(isJs),
    workers: workerFiles(manifest, pageKeys),
  };
}
