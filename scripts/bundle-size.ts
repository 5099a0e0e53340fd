// `npm run size`: gzip size of the JS each page needs to first render, against its budget (run after `vite build`).
// Which files count is decided by scripts/size/page-chunks.ts (rule documented there).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PAGE_BUDGETS, judgePage, type FileSize, type PageVerdict } from './size/budget.ts';
import { pageChunks, type BuildManifest } from './size/page-chunks.ts';

// Optional first argument: another build directory (default: dist/).
const distDir = process.argv[2] ?? join(import.meta.dirname, '..', 'dist');
const manifestPath = join(distDir, '.vite', 'manifest.json');

const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(8);

function measure(file: string, worker: boolean): FileSize {
  const content = readFileSync(join(distDir, file));
  return { file, rawBytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length, worker };
}

function printPage(page: string, files: FileSize[], verdict: PageVerdict): void {
  console.log(`\n${page}`);
  console.log(`  ${'file'.padEnd(52)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)}  kind`);
  for (const f of files) {
    console.log(
      `  ${f.file.padEnd(52)} ${kb(f.rawBytes)} ${kb(f.gzipBytes)}  ${f.worker ? 'worker' : 'page'}`,
    );
  }
  const raw = files.reduce((total, f) => total + f.rawBytes, 0);
  console.log(
    `  ${'total'.padEnd(52)} ${kb(raw)} ${kb(verdict.totalGzipBytes)}  ` +
      `(page ${kb(verdict.pageGzipBytes).trim()} + workers ${kb(verdict.workerGzipBytes).trim()} KB gzip; ` +
      `budget ${kb(verdict.maxGzipBytes).trim()} KB) ${verdict.overBudget ? 'OVER BUDGET' : 'ok'}`,
  );
}

function main(): number {
  if (!existsSync(manifestPath)) {
    console.error(
      `bundle-size: ${manifestPath} is missing. Run \`npm run build\` first (build.manifest must be on).`,
    );
    return 1;
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as BuildManifest;
  let failed = false;
  for (const budget of PAGE_BUDGETS) {
    const chunks = pageChunks(manifest, budget.entry, budget.firstScreen);
    const files = [
      ...chunks.js.map((f) => measure(f, false)),
      // A page that reads its data in the page never starts the worker its shared chunk can start.
      ...(budget.readsInPage ? [] : chunks.workers.map((f) => measure(f, true))),
    ];
    const verdict = judgePage(budget, files);
    printPage(`${budget.page} (${budget.entry})`, files, verdict);
    failed ||= verdict.overBudget;
  }
  console.log(
    failed ? '\nbundle-size: a page is over its gzip budget.' : '\nbundle-size: every page is within budget.',
  );
  return failed ? 1 : 0;
}

process.exit(main());
