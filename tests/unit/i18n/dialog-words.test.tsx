// The Embed dialog, the Share panel and the row-error notice in Russian and Chinese: their own words in the
// chosen language (one whole message per sentence, Russian plurals by number), English as it was.
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { EmbedDialog } from '../../../src/figure/actions/EmbedDialog';
import { SharePanel } from '../../../src/figure/actions/SharePanel';
import { RowErrorsNotice } from '../../../src/figure/load/RowErrorsNotice';
import { activateLocale, addCatalogue } from '../../../src/i18n/i18n';
import { defaultSpecFor } from '../../../src/spec/defaults';
import { parseSearchParams } from '../../../src/spec';
import { LATER_CATALOGUE } from '../../../src/i18n/later-catalogue';
import { noticeText } from '../../../src/spec/notice-words';

// What the Embed/Share dialogs and the export code do before they show their words (src/i18n/later-catalogue.ts).
addCatalogue(LATER_CATALOGUE);

const spec = defaultSpecFor('baci-hs6');
const dialog = () =>
  renderToString(
    <EmbedDialog
      open={false}
      onClose={() => {}}
      appBase="https://x.test/"
      spec={spec}
      title="T"
      dataVersion="2026-01-15"
    />,
  );
const share = () =>
  renderToString(
    <SharePanel id="s" spec={spec} title="T" embeddable container={{ current: null }} onClose={() => {}} />,
  );
const errors = (rows: number) =>
  renderToString(
    <RowErrorsNotice
      errors={Array.from({ length: rows }, (_, i) => ({
        file: 'f.csv',
        row: 1000 + i,
        column: null,
        message: 'm',
      }))}
    />,
  );

describe('dialog words in Russian and Chinese', () => {
  afterEach(() => activateLocale('en'));

  it('the Embed dialog', async () => {
    expect(dialog()).toContain('Embed this chart');
    expect(dialog()).toContain('Pin to this data version (2026-01-15)');
    await activateLocale('ru');
    expect(dialog()).toContain('Встроить этот график');
    expect(dialog()).toContain('Закрепить эту версию данных (2026-01-15)');
    expect(dialog()).not.toMatch(/Embed this|Options|Theme/);
    await activateLocale('zh');
    expect(dialog()).toContain('嵌入此图表');
  });

  it('the Share panel', async () => {
    await activateLocale('ru');
    expect(share()).toContain('Ссылка на этот график');
    expect(share()).toContain('Копировать код');
    // The link to share keeps the language (the default view has a share page of its own, in Russian), so the
    // reader it is sent to sees the chart in Russian.
    expect(share()).toMatch(/value="[^"]*\/share\/explorer-default\.ru\.html"/);
  });

  it('row errors: one sentence with the number, plural by Russian rules', async () => {
    expect(errors(1)).toContain('1 row of f.csv could not be used and is left out: row 1000: m.');
    expect(errors(5)).toContain(
      '5 rows of f.csv could not be used and are left out: row 1000: m; row 1001: m; row 1002: m; and 2 more.',
    );
    await activateLocale('ru');
    expect(errors(3)).toContain('3 строки файла f.csv не удалось использовать');
    expect(errors(5)).toContain('5 строк файла f.csv');
    expect(errors(5)).toContain('и ещё 2.');
    await activateLocale('zh');
    expect(errors(5)).toContain('f.csv中有5行无法使用，已略去：第1000行：m；第1001行：m；');
  });

  it('a link’s notices', async () => {
    const messages = () => parseSearchParams('d=nope&zz=1').notices.map(noticeText);
    expect(messages()).toEqual(['unknown parameter; ignored', 'unknown dataset; using baci-hs6']);
    await activateLocale('ru');
    expect(messages()).toEqual([
      'неизвестный параметр; пропущен',
      'неизвестный набор данных; используется baci-hs6',
    ]);
    await activateLocale('zh');
    expect(messages()).toEqual(['未知参数；已忽略', '未知数据集；使用 baci-hs6']);
  });
});
