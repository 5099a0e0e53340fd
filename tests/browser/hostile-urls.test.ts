// Issue 13: a sample of hostile links (explorer hash routes and embed.html) never breaks a page: no page
// error, no blank page, no element or script injected from the link, no dialog opened by a payload.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium, openPage, type Browser } from './chromium.ts';
import { CHART_READY_TIMEOUT_MS } from './selectors.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const IMG = encodeURIComponent('<img src=x onerror=window.__pwned=1>');
const SCRIPT = encodeURIComponent('"><script>window.__pwned=1</script>');
const SVG = encodeURIComponent("'><svg onload=window.__pwned=1>");

/** Query strings tried on both the explorer (`#/explorer?…`) and the embed (`embed.html?…`). */
const QUERIES = [
  'chart=__proto__',
  'chart=constructor',
  'chart=toString&theme=valueOf&controls=hasOwnProperty&dv=__proto__',
  '__proto__=1&constructor=2&toString=3',
  `v=1&c=${IMG}&tf=${SCRIPT}&p=${SVG}`,
  `chart=${IMG}&theme=${SCRIPT}`,
  `${IMG}=1&${SCRIPT}=${SVG}`,
  'd=comtrade-chpl-monthly',
  'd=user&p=h6:854231',
  Array.from({ length: 300 }, (_, i) => `k${i}=1`).join('&'),
  'v=99999&f=%E2%80%AE-RUS&pt=%00,%uD800',
  'from=1e400&to=-0&n=NaN&tf=index:Infinity',
  'p=%F0%9F%92%A9,%E4%B8%AD%E5%9B%BD&c=line&c=line&c=bar',
];

// Over-long links: the explorer's hash never reaches the server; the embed's query does, and servers refuse
// URLs past ~8-16 KB themselves, so the embed gets one just over the app's 4,000-character limit.
const URLS = [
  ...QUERIES.flatMap((query) => [`${baseUrl}/#/explorer?${query}`, `${baseUrl}/embed.html?${query}`]),
  `${baseUrl}/#/explorer?${'x=1&'.repeat(20_000)}`,
  `${baseUrl}/#/explorer?p=${'h6:854231,'.repeat(3000)}`,
  `${baseUrl}/embed.html?${'x=1&'.repeat(1200)}`,
  `${baseUrl}/embed.html?p=${'h6:854231,'.repeat(500)}`,
];

describe('hostile links', () => {
  test(`${URLS.length} links: each page draws a chart figure, injects nothing and reports no error`, async () => {
    expect(URLS.length).toBeGreaterThanOrEqual(30);
    const { page, errors } = await openPage(browser);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    // The pages' own inline scripts (embed.html's early data requests, index.html's language check, each allowed
    // by its hash): the build's, not injected.
    const inlineScripts = async (file: string) =>
      [...(await (await fetch(`${baseUrl}/${file}`)).text()).matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
        (match) => match[1] ?? '',
      );
    const embedScripts = await inlineScripts('embed.html');
    const indexScripts = await inlineScripts('index.html');
    expect(embedScripts).toHaveLength(1);
    expect(indexScripts).toHaveLength(1);
    const ownScripts = [...embedScripts, ...indexScripts];
    for (const url of URLS) {
      const label = url.length > 120 ? `${url.slice(0, 120)}… (${url.length} chars)` : url;
      await page.goto('about:blank');
      await page.goto(url);
      await page.locator('figure.chart').first().waitFor({ timeout: CHART_READY_TIMEOUT_MS });
      const found = await page.evaluate(
        (own) => ({
          text: document.body.innerText.trim().length,
          // embed.html's build-time data (<script type="application/json">) is data, which never runs.
          injected: [
            ...document.querySelectorAll(
              'img[onerror], svg[onload], [onload], [onerror], script:not([src]):not([type="application/json"])',
            ),
          ].filter((element) => element.tagName !== 'SCRIPT' || !own.includes(element.textContent ?? ''))
            .length,
          pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
        }),
        ownScripts,
      );
      expect(found, label).toEqual({ text: found.text, injected: 0, pwned: null });
      expect(found.text, label).toBeGreaterThan(20);
      expect(errors, label).toEqual([]);
    }
    expect(dialogs).toEqual([]);
    await page.close();
  }, 600_000);
});
