// Builds the app once and serves dist/ with `vite preview` on a free port for every browser test file.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findFreePort } from './free-port.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the `vite preview` server, e.g. http://127.0.0.1:41234 (no trailing slash). */
    baseUrl: string;
  }
}

const root = join(import.meta.dirname, '..', '..');
const viteBin = join(root, 'node_modules', 'vite', 'bin', 'vite.js');

// Vitest sets NODE_ENV=test; a build that inherits it bundles React's development build. Test what ships.
const productionEnv = { ...process.env, NODE_ENV: 'production' };

function runOrThrow(what: string, args: string[]): void {
  console.log(`[browser tests] ${what}`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: productionEnv });
  if (result.status !== 0)
    throw new Error(`[browser tests] ${what} failed (exit ${result.status ?? result.signal})`);
}

async function waitForHttp(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited early (code ${server.exitCode})`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet: poll again.
    }
    await new Promise((wake) => setTimeout(wake, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

// BROWSER_TEST_DIST lets two test runs on one checkout build into different directories instead of racing on dist/.
const outDir = process.env.BROWSER_TEST_DIST ?? 'dist';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  runOrThrow('ensuring public/data exists', [join(root, 'scripts', 'ensure-data.mjs')]);
  runOrThrow('vite build', [viteBin, 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir']);
  if (!existsSync(resolve(root, outDir, 'index.html')))
    throw new Error(`vite build wrote no ${outDir}/index.html`);

  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawn(
    process.execPath,
    // --bypass-lock: Vite 8 refuses a second preview of the same project, e.g. while `npm start` runs.
    [
      viteBin,
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      '--bypass-lock',
      '--outDir',
      outDir,
    ],
    {
      cwd: root,
      env: productionEnv,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  try {
    await waitForHttp(`${baseUrl}/`, server, 30_000);
  } catch (error) {
    server.kill();
    throw error;
  }
  console.log(`[browser tests] vite preview at ${baseUrl}`);
  project.provide('baseUrl', baseUrl);

  return async () => {
    if (server.exitCode !== null) return;
    const exited = new Promise((done) => server.once('exit', done));
    server.kill('SIGTERM');
    await exited;
  };
}
