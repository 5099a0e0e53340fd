import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium, openPage, type Browser } from './chromium.ts';
import { findFreePort } from './free-port.ts';
import { CHART_READY_TIMEOUT_MS, CHPL_TIERS, readyChart } from './selectors.ts';

const baseUrl = inject('baseUrl');
const HEIGHT_MESSAGE = 'chpl-explorer:height';
let browser: Browser;
let host: Server;
let hostUrl: string;

/** A third-party page on another origin that embeds the chart and records the messages it receives. */
function hostPage(embedUrl: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>host</title></head><body>
<h1>A newspaper article</h1>
<iframe id="embed" src="${embedUrl}" width="640" height="400" style="border:0"></iframe>
<script>
  window.received = [];
  window.addEventListener('message', (event) => {
    window.received.push({
      origin: event.origin,
      fromEmbed: event.source === document.getElementById('embed').contentWindow,
      data: event.data,
    });
  });
</script></body></html>`;
}

beforeAll(async () => {
  browser = await launchChromium();
  const port = await findFreePort();
  hostUrl = `http://127.0.0.1:${port}/`;
  const html = hostPage(`${baseUrl}/embed.html?chart=chpl-tiers`);
  host = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((listening) => host.listen(port, '127.0.0.1', listening));
});
afterAll(async () => {
  await browser?.close();
  await new Promise((closed) => host?.close(closed));
});

interface ReceivedMessage {
  origin: string;
  fromEmbed: boolean;
  data: unknown;
}

function isHeightMessage(message: ReceivedMessage): boolean {
  const data = message.data as { type?: unknown } | null;
  return typeof data === 'object' && data !== null && data.type === HEIGHT_MESSAGE;
}

describe('embed (embed.html?chart=chpl-tiers in a third-party iframe)', () => {
  test('renders the chart and tells its host its height', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(hostUrl);

    const frame = page.frameLocator('#embed');
    const figure = frame.locator(readyChart('chpl-tiers')).first();
    await figure.waitFor({ timeout: CHART_READY_TIMEOUT_MS });
    const keys = await figure
      .locator('svg g[data-series-key]')
      .evaluateAll((groups) => groups.map((group) => group.getAttribute('data-series-key')));
    expect(keys.sort()).toEqual([...CHPL_TIERS].sort());
    expect(await figure.locator('.source-line').textContent()).toMatch(/BACI/);

    await page.waitForFunction(
      (type) =>
        (window as unknown as { received: Array<{ data: { type?: string } | null }> }).received.some(
          (message) => message.data?.type === type,
        ),
      HEIGHT_MESSAGE,
      { timeout: 10_000 },
    );
    const received = await page.evaluate(
      () => (window as unknown as { received: ReceivedMessage[] }).received,
    );
    const heights = received.filter(isHeightMessage);
    const last = heights.at(-1);
    expect(last?.origin).toBe(baseUrl);
    expect(last?.fromEmbed).toBe(true);
    const height = (last?.data as { height?: unknown }).height;
    expect(typeof height).toBe('number');
    expect(height as number).toBeGreaterThan(100);

    expect(errors).toEqual([]);
    await page.close();
  });
});
