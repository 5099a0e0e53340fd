// Issue 15: the texts that come from the data, in an embed in Chinese and Russian. A CHPL code is named in the
// language (chpl.csv name_zh/name_ru, the project's translation), another HS code keeps its English name marked as
// English, and the reporting-basis break and the event labels drawn on the chart are the data's translations.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium, openPage, type Browser } from './chromium.ts';
import { CHART_READY_TIMEOUT_MS, readyChart } from './selectors.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const CASES = [
  {
    lang: 'zh',
    chplName: '854231 电子集成电路：处理器及控制器',
    english: /^870323 （英文）Vehicles; spark-ignition/,
    breakLabel: '2022年起：仅依据中方申报',
    event: '俄罗斯入侵乌克兰',
  },
  {
    lang: 'ru',
    chplName: '854231 Электронные интегральные схемы: процессоры и контроллеры',
    english: /^870323 \(англ\.\) Vehicles; spark-ignition/,
    breakLabel: 'С 2022 г.: только декларации Китая',
    event: 'Вторжение России в Украину',
  },
] as const;

describe.each(CASES)(
  'an embed of two products in $lang',
  ({ lang, chplName, english, breakLabel, event }) => {
    test('names the CHPL code in its language, marks the English name, and draws translated notes', async () => {
      const { page, errors } = await openPage(browser, { width: 1000, height: 900 });
      await page.goto(`${baseUrl}/embed.html?v=1&p=h6:854231,h6:870323&lang=${lang}`);
      const figure = page.locator(readyChart('embed')).first();
      await figure.waitFor({ timeout: CHART_READY_TIMEOUT_MS });

      const legend = await figure.locator('.legend-label').allTextContents();
      expect(legend).toContain(chplName);
      expect(legend.some((label) => english.test(label))).toBe(true);
      const drawn = (await figure.locator('svg text').allTextContents()).join(' ');
      expect(drawn.replace(/\s+/g, ' ')).toContain(breakLabel.replace(/\s+/g, ' '));
      expect(drawn).toContain(event);
      expect(errors).toEqual([]);
      await page.close();
    });
  },
);
