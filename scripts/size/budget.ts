// Gzip budgets per page, and the verdict on measured sizes. Pure: the CLI (scripts/bundle-size.ts) does the I/O.

export interface PageBudget {
  page: string;
  /** Manifest key of the HTML entry. */
  entry: string;
  /** Lazy chunks that belong to the first screen (see page-chunks.ts). */
  firstScreen?: RegExp;
  /** Budget for page JS + worker JS, gzip level 9, in bytes. */
  maxGzipBytes: number;
}

export const PAGE_BUDGETS: readonly PageBudget[] = [
  { page: 'home', entry: 'index.html', firstScreen: /story/i, maxGzipBytes: 200 * 1024 },
  // The target is 120 KB (issues 2 and 5). The embed now renders any ChartSpec with downloads and themes and
  // measures ~130 KB: react-dom alone is ~64 KB, TanStack Query ~11, the CSV worker ~10. Until the embed is cut
  // down (see the open issue), this ceiling stops it growing further; it is not the goal.
  { page: 'embed', entry: 'embed.html', maxGzipBytes: 134 * 1024 },
];

export interface FileSize {
  file: string;
  rawBytes: number;
  gzipBytes: number;
  worker: boolean;
}

export interface PageVerdict {
  page: string;
  pageGzipBytes: number;
  workerGzipBytes: number;
  totalGzipBytes: number;
  maxGzipBytes: number;
  overBudget: boolean;
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

export function judgePage(budget: PageBudget, files: FileSize[]): PageVerdict {
  const pageGzipBytes = sum(files.filter((f) => !f.worker).map((f) => f.gzipBytes));
  const workerGzipBytes = sum(files.filter((f) => f.worker).map((f) => f.gzipBytes));
  const totalGzipBytes = pageGzipBytes + workerGzipBytes;
  return {
    page: budget.page,
    pageGzipBytes,
    workerGzipBytes,
    totalGzipBytes,
    maxGzipBytes: budget.maxGzipBytes,
    overBudget: totalGzipBytes > budget.maxGzipBytes,
  };
}
