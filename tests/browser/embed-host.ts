// A third-party page, served from its own origin, that embeds charts the way the Embed dialog tells readers to:
// iframes marked data-chpl-embed, plus embed.js from the app's origin.
import { createServer, type Server } from 'node:http';
import type { Frame, Page } from 'playwright-core';
import { findFreePort } from './free-port.ts';

export interface HostPage {
  url: string;
  close(): Promise<void>;
}

export interface EmbeddedChart {
  id: string;
  src: string;
}

export function hostHtml(appUrl: string, charts: readonly EmbeddedChart[]): string {
  const frames = charts
    .map(
      (chart) =>
        `<iframe id="${chart.id}" src="${chart.src}" title="Chart ${chart.id}" width="100%" height="300" ` +
        `loading="lazy" style="border:0;width:100%;display:block" data-chpl-embed></iframe>`,
    )
    .join('\n<p>More of the article between the charts.</p>\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A newspaper article</title>
<style>body{margin:0 auto;max-width:760px;padding:0 8px;font-family:Georgia,serif}</style></head><body>
<h1>A newspaper article</h1>
${frames}
<script src="${appUrl}embed.js" async></script>
</body></html>`;
}

/** Serves `html` at "/" on a free port of 127.0.0.1: another origin than the app's server. */
export async function serveHostPage(html: string): Promise<HostPage> {
  const port = await findFreePort();
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((listening) => server.listen(port, '127.0.0.1', listening));
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}

export function embedFrame(page: Page, id: string): Promise<Frame> {
  return page
    .locator(`iframe#${id}`)
    .elementHandle()
    .then(async (handle) => {
      const frame = await handle?.contentFrame();
      if (!frame) throw new Error(`iframe #${id} has no frame`);
      return frame;
    });
}

/** The iframe's height on the host page, and the height of the embed's content inside it. */
export async function heights(page: Page, id: string): Promise<{ frame: number; content: number }> {
  const frame = await page
    .locator(`iframe#${id}`)
    .evaluate((element) => element.getBoundingClientRect().height);
  const inner = await embedFrame(page, id);
  const content = await inner.evaluate(
    () => document.getElementById('root')?.getBoundingClientRect().height ?? 0,
  );
  return { frame, content };
}

/** Waits until embed.js has fitted the iframe to its content (within a pixel of rounding). */
export async function waitForFit(
  page: Page,
  id: string,
  timeoutMs = 10_000,
): Promise<{ frame: number; content: number }> {
  const deadline = Date.now() + timeoutMs;
  let last = await heights(page, id);
  while (Date.now() < deadline) {
    last = await heights(page, id);
    if (last.content > 100 && Math.abs(last.frame - Math.ceil(last.content)) <= 1) return last;
    await page.waitForTimeout(100);
  }
  throw new Error(`iframe #${id} was not fitted: frame ${last.frame}px, content ${last.content}px`);
}
