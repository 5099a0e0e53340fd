// axe-core in a page or frame, for the browser tests that hold a page to zero violations.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/** Runs axe in the page (evaluated over the DevTools protocol, so the page's CSP does not block it). */
export async function axeViolations(page: Page | Frame): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<unknown> } })
      .axe;
    const result = (await axe.run(document, { resultTypes: ['violations'] })) as { violations: unknown };
    return result.violations;
  })) as Violation[];
  return violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id}: ${v.help} at ${node.target.join(' ')} (${node.failureSummary})`),
  );
}
