// The downloads' README in the chart's language (issue 15): its own words translated, the data's caveats and
// breaks in their translation, the product names' source explained, and the promise that columns stay English.
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { Manifest } from '../../../src/data/schema';
import { buildDataPackage, PACKAGE_FILES, type DataPackageInput } from '../../../src/export/package';
import { activateLocale, addCatalogue } from '../../../src/i18n/i18n';
import { BACI_SPEC, FLOW_ROWS, MANIFEST, TIER_SERIES } from './fixtures';
import { LATER_CATALOGUE } from '../../../src/i18n/later-catalogue';

// What the Embed/Share dialogs and the export code do before they show their words (src/i18n/later-catalogue.ts).
addCatalogue(LATER_CATALOGUE);

const manifest: Manifest = {
  ...MANIFEST,
  caveats: MANIFEST.caveats.map((caveat, i) =>
    i === 0
      ? { ...caveat, zh: { title: '2022年统计基础变化' }, ru: { title: 'Смена базы в 2022 году' } }
      : caveat,
  ),
  files: MANIFEST.files.map((file) =>
    file.path === 'flows/baci_chpl.csv'
      ? { ...file, zh: { description: '带有CHPL层级的行。' }, ru: { description: 'Строки с уровнем CHPL.' } }
      : file,
  ),
};
const INPUT: DataPackageInput = {
  series: TIER_SERIES,
  spec: BACI_SPEC,
  manifest,
  chart: { title: 'T', url: 'https://explorer.example/?v=1' },
  fullRows: FLOW_ROWS,
  filePaths: ['flows/baci_chpl.csv'],
  generated: new Date('2026-02-03T04:05:06Z'),
};

function unzipped(): Record<string, string> {
  const entries = Object.entries(unzipSync(buildDataPackage(INPUT)));
  return Object.fromEntries(entries.map(([name, data]) => [name, strFromU8(data)]));
}

const firstLine = (text: string | undefined) => text?.split(/\r?\n/)[0];

describe('the README of a download in the chart’s language', () => {
  afterEach(() => activateLocale('en'));

  it('says in English that the columns keep their English machine names, with no note on translated names', () => {
    const readme = unzipped()[PACKAGE_FILES.readme] ?? '';
    expect(readme).toContain('are stable English machine names in every language of the explorer');
    expect(readme).not.toContain('project-translation');
    expect(readme).toContain('## Caveats');
  });

  it('is written in Chinese, with the caveat’s translation and the English marked where there is none', async () => {
    const english = unzipped();
    await activateLocale('zh');
    const files = unzipped();
    const readme = files[PACKAGE_FILES.readme] ?? '';
    expect(readme).toContain('## 来源');
    expect(readme).toContain('## 注意事项');
    expect(readme).toContain('都是固定的英文机器名称');
    expect(readme).toMatch(/project-translation表示本项目根据英文描述自行翻译，并非海关税则的官方措辞/);
    expect(readme).toContain('### 2022年统计基础变化 (`');
    expect(readme).toMatch(/（英文）/);
    expect(readme).toContain('- 发布者：');
    // The data keep their English column names whatever the language.
    expect(firstLine(files['data.csv'])).toBe(firstLine(english['data.csv']));
    expect(firstLine(files['full-dataset.csv'])).toBe(firstLine(english['full-dataset.csv']));
  });

  it('is written in Russian, with the product names’ source explained', async () => {
    await activateLocale('ru');
    const readme = unzipped()[PACKAGE_FILES.readme] ?? '';
    expect(readme).toContain('## Источники');
    expect(readme).toContain('## Оговорки');
    expect(readme).toContain('постоянные английские машинные имена');
    expect(readme).toContain('а не официальную формулировку таможенного тарифа');
    expect(readme).toContain('### Смена базы в 2022 году (`');
    expect(readme).toContain('(англ.)');
    expect(readme).toContain('- `flows/baci_chpl.csv`: Строки с уровнем CHPL. (');
  });
});
