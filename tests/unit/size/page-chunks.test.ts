import { describe, expect, test } from 'vitest';
import { pageChunks, staticClosure, type BuildManifest } from '../../../scripts/size/page-chunks.ts';
import { judgePage, PAGE_BUDGETS, type PageBudget } from '../../../scripts/size/budget.ts';

// A hand-made manifest shaped like Vite's: two HTML entries sharing a vendor chunk, a lazy story route,
// a lazy explorer route, and a worker emitted as an asset.
const manifest: BuildManifest = {
  'index.html': {
    file: 'assets/main-1.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_vendor-1.js', '_router-1.js'],
    dynamicImports: ['src/explorer/Explorer.tsx'],
    css: ['assets/main-1.css'],
  },
  'embed.html': { file: 'assets/embed-1.js', src: 'embed.html', isEntry: true, imports: ['_vendor-1.js'] },
  '_vendor-1.js': { file: 'assets/vendor-1.js', imports: ['_router-1.js'] },
  '_router-1.js': {
    file: 'assets/router-1.js',
    imports: ['_vendor-1.js'],
    dynamicImports: ['src/story/StoryPage.tsx'],
  },
  'src/story/StoryPage.tsx': {
    file: 'assets/StoryPage-1.js',
    src: 'src/story/StoryPage.tsx',
    isDynamicEntry: true,
    imports: ['_chart-1.js'],
    assets: ['assets/parse.worker-1.js', 'assets/logo-1.svg'],
  },
  'src/explorer/Explorer.tsx': {
    file: 'assets/Explorer-1.js',
    isDynamicEntry: true,
    imports: ['_chart-1.js'],
  },
  '_chart-1.js': { file: 'assets/chart-1.js' },
  '_worker_assets/parse.worker-1.js': {
    file: 'assets/parse.worker-1.js',
    isWorker: true,
    isWorkerEntry: true,
    imports: ['_worker_assets/papa-1.js'],
  },
  '_worker_assets/papa-1.js': { file: 'assets/papa-1.js', isWorker: true },
};

describe('staticClosure', () => {
  test('follows static imports transitively, once each, through cycles', () => {
    expect(staticClosure(manifest, ['index.html'])).toEqual(['index.html', '_vendor-1.js', '_router-1.js']);
  });

  test('names a missing manifest key instead of returning a partial answer', () => {
    expect(() => staticClosure(manifest, ['nope.html'])).toThrow(/nope\.html/);
  });
});

describe('pageChunks', () => {
  test('home: entry + static imports + the lazy story chunk and its imports, workers apart', () => {
    expect(pageChunks(manifest, 'index.html', /story/i)).toEqual({
      js: [
        'assets/main-1.js',
        'assets/vendor-1.js',
        'assets/router-1.js',
        'assets/StoryPage-1.js',
        'assets/chart-1.js',
      ],
      workers: ['assets/parse.worker-1.js', 'assets/papa-1.js'],
    });
  });

  test('never counts lazy chunks that are not the first screen (the explorer)', () => {
    const home = pageChunks(manifest, 'index.html', /story/i);
    expect(home.js).not.toContain('assets/Explorer-1.js');
    expect(pageChunks(manifest, 'index.html').js).toEqual([
      'assets/main-1.js',
      'assets/vendor-1.js',
      'assets/router-1.js',
    ]);
  });

  test('embed: only its own static graph, no CSS or non-JS assets', () => {
    expect(pageChunks(manifest, 'embed.html')).toEqual({
      js: ['assets/embed-1.js', 'assets/vendor-1.js', 'assets/router-1.js'],
      workers: [],
    });
  });
});

describe('pageChunks through two lazy steps', () => {
  // The embed's shape: the entry lazy-loads mount.tsx, whose chart code lazy-loads a chart type.
  const twoSteps: BuildManifest = {
    'embed.html': { file: 'assets/embed-1.js', isEntry: true, dynamicImports: ['src/embed/mount.tsx'] },
    'src/embed/mount.tsx': {
      file: 'assets/mount-1.js',
      src: 'src/embed/mount.tsx',
      imports: ['_core-1.js'],
    },
    '_core-1.js': {
      file: 'assets/core-1.js',
      dynamicImports: ['src/charts/StackedChart.tsx', 'src/Other.tsx'],
    },
    'src/charts/StackedChart.tsx': { file: 'assets/Stacked-1.js', src: 'src/charts/StackedChart.tsx' },
    'src/Other.tsx': { file: 'assets/Other-1.js', src: 'src/Other.tsx' },
  };

  test('follows matching dynamic imports from chunks reached by one, and no others', () => {
    expect(pageChunks(twoSteps, 'embed.html', /mount\.tsx$|StackedChart\.tsx$/).js).toEqual([
      'assets/embed-1.js',
      'assets/mount-1.js',
      'assets/core-1.js',
      'assets/Stacked-1.js',
    ]);
  });
});

describe('judgePage', () => {
  const budget: PageBudget = { page: 'home', entry: 'index.html', maxGzipBytes: 1000 };

  test('adds page and worker gzip sizes and passes at exactly the budget', () => {
    const verdict = judgePage(budget, [
      { file: 'a.js', rawBytes: 5000, gzipBytes: 700, worker: false },
      { file: 'w.js', rawBytes: 900, gzipBytes: 300, worker: true },
    ]);
    expect(verdict).toMatchObject({
      pageGzipBytes: 700,
      workerGzipBytes: 300,
      totalGzipBytes: 1000,
      overBudget: false,
    });
  });

  test('fails one byte over the budget, counting workers too', () => {
    const verdict = judgePage(budget, [
      { file: 'a.js', rawBytes: 5000, gzipBytes: 700, worker: false },
      { file: 'w.js', rawBytes: 900, gzipBytes: 301, worker: true },
    ]);
    expect(verdict.overBudget).toBe(true);
  });
});

describe('the Chinese and Russian embeds’ budgets', () => {
  // The embed's entry lazily loads mount.tsx; choosing a language lazily loads the Lingui runtime, which lazily
  // loads one catalogue.
  const i18nManifest: BuildManifest = {
    'embed.html': {
      file: 'assets/embed-1.js',
      src: 'embed.html',
      isEntry: true,
      dynamicImports: ['src/embed/mount.tsx', 'src/i18n/lingui-runtime.ts'],
    },
    'src/embed/mount.tsx': { file: 'assets/mount-1.js', src: 'src/embed/mount.tsx', isDynamicEntry: true },
    'src/i18n/lingui-runtime.ts': {
      file: 'assets/lingui-runtime-1.js',
      src: 'src/i18n/lingui-runtime.ts',
      isDynamicEntry: true,
      dynamicImports: ['src/i18n/locales/zh.ts', 'src/i18n/locales/ru.ts'],
    },
    'src/i18n/locales/zh.ts': { file: 'assets/zh-1.js', src: 'src/i18n/locales/zh.ts', isDynamicEntry: true },
    'src/i18n/locales/ru.ts': { file: 'assets/ru-1.js', src: 'src/i18n/locales/ru.ts', isDynamicEntry: true },
  };
  const budget = (page: string) => {
    const found = PAGE_BUDGETS.find((b) => b.page === page);
    if (!found) throw new Error(`no budget for ${page}`);
    return found;
  };

  test('count the runtime and their own catalogue, not the other language’s', () => {
    const zh = pageChunks(i18nManifest, 'embed.html', budget('embed, lang=zh').firstScreen).js;
    expect(zh).toEqual([
      'assets/embed-1.js',
      'assets/mount-1.js',
      'assets/lingui-runtime-1.js',
      'assets/zh-1.js',
    ]);
    const ru = pageChunks(i18nManifest, 'embed.html', budget('embed, lang=ru').firstScreen).js;
    expect(ru).toContain('assets/ru-1.js');
    expect(ru).not.toContain('assets/zh-1.js');
  });

  test('while the English embed counts neither', () => {
    const en = pageChunks(i18nManifest, 'embed.html', budget('embed').firstScreen).js;
    expect(en).toEqual(['assets/embed-1.js', 'assets/mount-1.js']);
  });
});
