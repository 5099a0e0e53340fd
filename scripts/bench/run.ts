// `npm run bench`: runs every scripts/bench/*.bench.ts module (default export: a Benchmark) and prints its figures.
// `npm run bench -- embed import` runs only the modules whose file name contains one of the words.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Benchmark, BenchFigure } from './measure.ts';

const format = (figure: BenchFigure) => {
  const digits = Number.isInteger(figure.value) || figure.value >= 1000 ? 0 : figure.value < 10 ? 3 : 1;
  return `${figure.value.toLocaleString('en-US', { maximumFractionDigits: digits })} ${figure.unit}`;
};

async function main(filters: readonly string[]): Promise<number> {
  const dir = import.meta.dirname;
  const modules = readdirSync(dir)
    .filter((name) => name.endsWith('.bench.ts'))
    .filter((name) => filters.length === 0 || filters.some((word) => name.includes(word)))
    .sort();
  let failures = 0;
  for (const name of modules) {
    const { default: benchmark } = (await import(pathToFileURL(join(dir, name)).href)) as {
      default: Benchmark;
    };
    console.log(`\n${name}: ${benchmark.name}`);
    try {
      for (const figure of await benchmark.run())
        console.log(`  ${figure.label.padEnd(36)} ${format(figure)}`);
    } catch (error) {
      failures++;
      console.error(`  could not run: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  console.log(`\n${modules.length} benchmark module(s), ${failures} could not run.`);
  return failures > 0 ? 1 : 0;
}

process.exit(await main(process.argv.slice(2)));
