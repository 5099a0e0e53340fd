// `npm run data:update`: refresh China's monthly CHPL exports to Russia and transit partners from UN Comtrade.
// Exit codes: 0 done, 1 incomplete (rerun to resume), 2 usage or setup error.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readRegularFile } from '../pipeline/read-file';
import { safeOutput } from '../terminal';
import { readChplCodes } from './chpl-codes';
import { parseCliArgs, USAGE, UsageError, type CliOptions } from './cli-args';
import { systemClock, type Clock } from './clock';
import { COMTRADE_BASE_URL, endpointFor } from './endpoint';
import { IncompleteUpdateError } from './errors';
import type { FetchFn } from './http';
import { describeChunk } from './plan';
import { planUpdate, runUpdate, type UpdateOptions, type UpdatePlan, type UpdateRequest } from './run-update';
import { FLOW_EXPORTS, PARTNERS, REPORTER_CHINA, SOURCE_ID } from './scope';
import { writeSnapshot } from './snapshot';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface CliDeps {
  env: NodeJS.ProcessEnv;
  fetch: FetchFn;
  clock: Clock;
  out: (line: string) => void;
  err: (line: string) => void;
  repoRoot?: string;
}

function printPlan(plan: UpdatePlan, options: UpdateOptions, print: (line: string) => void): void {
  const { endpoint } = options;
  print(`endpoint: ${endpoint.kind} ${new URL(endpoint.path, endpoint.baseUrl).toString()}`);
  print(
    `  cap ${endpoint.maxRecords} records, ${endpoint.maxPeriods} period(s) a request, ${endpoint.minIntervalMs} ms apart`,
  );
  print(
    `months: ${plan.months.length} asked, ${plan.heldMonths.length} held, ${plan.monthsToFetch.length} to fetch`,
  );
  print(`requests: ${plan.chunks.length} (${plan.chunks.filter((c) => c.cached).length} already cached)`);
  for (const { chunk, key, cached } of plan.chunks)
    print(`  ${cached ? 'cached ' : 'fetch  '} ${describeChunk(chunk)} [${key}]`);
}

function setup(cli: CliOptions, deps: CliDeps): { request: UpdateRequest; options: UpdateOptions } {
  const cmdCodes = readChplCodes(readRegularFile(cli.chplCsv).toString('utf8'));
  const apiKey = deps.env.COMTRADE_API_KEY?.trim() || null;
  const endpoint = endpointFor(apiKey, deps.env.COMTRADE_BASE_URL?.trim() || COMTRADE_BASE_URL);
  const partners = PARTNERS.map((p) => p.comtradeCode);
  const request = { from: cli.from, to: cli.to, cmdCodes, partners };
  const options = {
    endpoint,
    cacheDir: cli.cacheDir,
    force: cli.force,
    timeoutMs: cli.timeoutMs,
    fetch: deps.fetch,
    clock: deps.clock,
    log: deps.err,
  };
  return { request, options };
}

async function update(
  cli: CliOptions,
  request: UpdateRequest,
  options: UpdateOptions,
  deps: CliDeps,
): Promise<void> {
  const result = await runUpdate(request, options);
  writeSnapshot(cli.out, {
    source: SOURCE_ID,
    retrieved: new Date(deps.clock.now()).toISOString(),
    endpoint: options.endpoint.kind,
    reporterCode: REPORTER_CHINA,
    flowCode: FLOW_EXPORTS,
    from: cli.from,
    to: cli.to,
    cmdCodes: [...request.cmdCodes],
    partners: [...request.partners],
    emptyMonths: result.emptyMonths,
    rows: result.rows,
  });
  const { fetched, fromCache, split } = result.requests;
  deps.out(`${result.rows.length} rows written to ${cli.out}`);
  deps.out(
    `months: ${result.heldMonths.length} held, ${result.newMonths.length} new, ${result.emptyMonths.length} empty`,
  );
  deps.out(`requests: ${fetched} sent, ${fromCache} from cache, ${split} split at the record cap`);
}

export async function main(argv: readonly string[], rawDeps: CliDeps): Promise<number> {
  // Codes from chpl.csv and values from the API reach the terminal: escaped at this one boundary.
  const deps = { ...rawDeps, out: safeOutput(rawDeps.out), err: safeOutput(rawDeps.err) };
  try {
    const cli = parseCliArgs(argv, deps.env, deps.repoRoot ?? REPO_ROOT, deps.clock.now());
    const { request, options } = setup(cli, deps);
    if (cli.dryRun) printPlan(planUpdate(request, options), options, deps.out);
    else await update(cli, request, options, deps);
    return 0;
  } catch (error) {
    if (error instanceof IncompleteUpdateError) {
      deps.err(error.message);
      return 1;
    }
    deps.err(error instanceof Error ? error.message : String(error));
    if (error instanceof UsageError) deps.err(USAGE);
    return 2;
  }
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const deps: CliDeps = {
    env: process.env,
    fetch: (input, init) => fetch(input, init),
    clock: systemClock,
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  };
  process.exitCode = await main(process.argv.slice(2), deps);
}
