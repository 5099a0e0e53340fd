// Issue 13, item 6: embed.js resizes only the app's own chart frames. A third-party frame on the host page
// whose address merely contains "embed.html" posts a height message and is ignored; a real embed is fitted,
// and a real embed cannot make itself taller than the clamp.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium, openPage, type Browser } from './chromium.ts';
import { embedFrame, hostHtml, waitForFit } from './embed-host.ts';
import { findFreePort } from './free-port.ts';

const baseUrl = inject('baseUrl');
const MAX_HEIGHT = 4000;
let browser: Browser;
let server: Server;
let hostUrl: string;

// An ad on the host's own origin that tries to take over the page through embed.js.
const AD = `<!doctype html><title>ad</title><p>ad</p><script>
setInterval(function () {
  parent.postMessage({ type: 'chpl-explorer:height', version: 1, height: 19999 }, '*');
}, 100);
</script>`;

beforeAll(async () => {
  browser = await launchChromium();
  const port = await findFreePort();
  hostUrl = `http://127.0.0.1:${port}/`;
  const page = hostHtml(`${baseUrl}/`, [
    { id: 'chart', src: `${baseUrl}/embed.html?chart=chpl-tiers` },
  ]).replace(
    '</body>',
    `<iframe id="ad" src="${hostUrl}ad.html?ref=embed.html" height="250" data-chpl-embed></iframe>
<iframe id="ad2" src="${hostUrl}embed.html" height="250"></iframe></body>`,
  );
  server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(request.url === '/' ? page : AD);
  });
  await new Promise<void>((listening) => server.listen(port, '127.0.0.1', listening));
});
afterAll(async () => {
  await browser?.close();
  await new Promise((closed) => server?.close(() => closed(undefined)));
});

/** The height embed.js set on a frame ("" when it never touched it). */
const setHeight = (page: import('playwright-core').Page, id: string) =>
  page.locator(`iframe#${id}`).evaluate((element) => (element as HTMLElement).style.height);

describe('embed.js and messages from frames', () => {
  test('a third-party frame is never resized; the real embed is fitted and clamped', async () => {
    const { page, errors } = await openPage(browser, { width: 800, height: 900 });
    await page.goto(hostUrl);
    const fitted = await waitForFit(page, 'chart', 30_000);
    expect(fitted.frame).toBeGreaterThan(100);
    // The ads have posted 19,999 px many times by now (every 100 ms since they loaded).
    await page.waitForTimeout(500);
    expect(await setHeight(page, 'ad')).toBe('');
    expect(await setHeight(page, 'ad2')).toBe('');

    const chart = await embedFrame(page, 'chart');
    await chart.evaluate(() =>
      parent.postMessage({ type: 'chpl-explorer:height', version: 1, height: 19999 }, '*'),
    );
    await page.waitForFunction(
      (max) => document.getElementById('chart')?.style.height === `${max}px`,
      MAX_HEIGHT,
      {
        timeout: 10_000,
      },
    );
    expect(await setHeight(page, 'chart')).toBe(`${MAX_HEIGHT}px`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
