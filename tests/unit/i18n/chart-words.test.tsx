// The words a chart writes around its numbers (the screen-reader table, the table view's unit and cells, the
// reporting basis under a value) follow the chosen language, with its own number format.
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import type { Series } from '../../../src/data/series';
import { DataTable } from '../../../src/charts/kit/DataTable';
import { formatLong } from '../../../src/charts/kit/unit-format';
import { describeBasis } from '../../../src/charts/spec-chart/basis-text';
import { columnFormat } from '../../../src/charts/spec-chart/table-format';
import { periodTable, seriesTable } from '../../../src/charts/spec-chart/table-rows';
import { WithKept } from '../../../src/charts/kit/WithKept';
import { SourcesView } from '../../../src/charts/spec-chart/SourcesView';
import type { SpecChartData } from '../../../src/charts/spec-chart/types';
import { activateLocale } from '../../../src/i18n/i18n';

const usd = { kind: 'currency', currency: 'USD' } as const;
const series: Series[] = [
  {
    key: 'a',
    label: 'CHPL',
    freq: 'A',
    unit: usd,
    points: [{ period: '2023', value: 2.22e9, basis: 'exporter-reported', sources: ['baci'] }],
  },
];
const parties = { exporterName: 'China', importerName: 'Russia' };

function table(): string {
  const text = { basis: () => describeBasis('exporter-reported', parties), sources: () => '' };
  return renderToString(
    <DataTable caption="c" series={series} text={text} formatValue={(v) => formatLong(v, usd)} />,
  );
}

describe('chart words in Chinese and Russian', () => {
  afterEach(() => activateLocale('en'));

  it('the screen-reader table: headers, values and basis in the language, English as before', async () => {
    expect(table()).toContain('<th scope="col">Period</th>');
    expect(table()).toContain('reported by China (the exporter) only');
    await activateLocale('zh');
    expect(table()).toContain('<th scope="col">期间</th>');
    expect(table()).toContain('<td>22.2亿美元</td>');
    expect(table()).toContain('仅由出口方（China）申报');
    await activateLocale('ru');
    expect(table()).toContain('<th scope="col">Период</th>');
    expect(table()).toContain('<td>2,22 млрд долл.</td>');
  });

  it('the table view writes its unit and figures the Russian way', async () => {
    expect(columnFormat([5e6, 1234.5e6], usd).unitLabel).toBe('US$ million');
    expect(columnFormat([5e6, 1234.5e6], usd).format(1234.5e6)).toBe('1,234.50');
    await activateLocale('ru');
    const ru = columnFormat([5e6, 1234.5e6], usd);
    expect(ru.unitLabel).toBe('млн US$');
    expect(ru.format(1234.5e6)).toMatch(/^1\s234,50$/);
    expect(ru.format(null)).toBe('нет данных');
    // A value too small for the column's decimals is still said to be small, not zero.
    expect(columnFormat([1e6, 1e3], usd).format(1)).toBe('<0,01');
  });

  it('the table view names its first column in the language, English as before', async () => {
    const firstColumns = () => [
      periodTable(series, ['2023']).columns[0]?.label,
      seriesTable(series, '2023').columns[0]?.label,
    ];
    expect(firstColumns()).toEqual(['Period', 'Series']);
    await activateLocale('zh');
    expect(firstColumns()).toEqual(['期间', '数据序列']);
    await activateLocale('ru');
    expect(firstColumns()).toEqual(['Период', 'Ряд данных']);
  });

  it('a line quoting file names and a data version keeps them as codes in Chinese and Russian, one text in English', async () => {
    const line = (text: string) =>
      renderToString(
        <WithKept text={text} kept={['manifest.json', 'flows/baci_chpl.csv', '72c4ca55b259']} />,
      );
    expect(line('Files read: manifest.json, flows/baci_chpl.csv (data version 72c4ca55b259).')).toBe(
      'Files read: manifest.json, flows/baci_chpl.csv (data version 72c4ca55b259).',
    );
    await activateLocale('zh');
    expect(line('读取的文件：manifest.json, flows/baci_chpl.csv（数据版本 72c4ca55b259）。')).toBe(
      '读取的文件：<span translate="no">manifest.json</span>, <span translate="no">flows/baci_chpl.csv</span>' +
        '（数据版本 <span translate="no">72c4ca55b259</span>）。',
    );
  });

  it('the sources view quotes the manifest’s English marked as such in Chinese, unmarked in English', async () => {
    const data = {
      sources: [
        {
          id: 'baci',
          title: 'BACI database',
          url: 'https://example.org/',
          publisher: 'CEPII',
          licence: 'Etalab Open Licence 2.0',
          retrieved: '2026-03-02',
          citation: 'Gaulier and Zignago (2010).',
        },
      ],
      caveats: [],
      filePaths: ['manifest.json'],
      dataVersion: '72c4ca55b259',
    } as unknown as SpecChartData;
    const view = () => renderToString(<SourcesView data={data} />);
    expect(view()).not.toContain('lang="en"');
    expect(view()).toContain('(CEPII; licence: Etalab Open Licence 2.0; retrieved 2026-03-02).');
    await activateLocale('zh');
    const zh = view();
    expect(zh).toContain(
      '<span lang="en"><a href="https://example.org/" rel="noopener noreferrer">BACI database</a></span>',
    );
    expect(zh).toContain('<span lang="en">Etalab Open Licence 2.0</span>');
    expect(zh).toContain('<span lang="en">Gaulier and Zignago (2010).</span>');
  });
});
