// scripts/curated/text_translations.csv: the Chinese and Russian words of the caveats, breaks and event labels the
// pipeline writes in English. Each row keeps the English it translates; these tests fail as soon as that English
// is no longer what the pipeline writes, so a translation cannot silently drift from its English.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEvents } from '../../scripts/parsers/events';
import {
  BREAKS,
  CAVEAT_IDS,
  CAVEATS,
  hs2017NamesText,
  hs2017NamesTexts,
} from '../../scripts/pipeline/caveats';
import {
  basisCaveat,
  CHPL_MONTHLY_ABSENT,
  CHPL_MONTHLY_CAVEAT_IDS,
  editionsCaveat,
  unpublishedCaveat,
} from '../../scripts/pipeline/chpl-monthly-caveats';
import { partnerRow } from '../../scripts/pipeline/partners';
import { parseCsv } from '../../scripts/pipeline/csv';
import { OVERRIDES_FILE, overrideTextId } from '../../scripts/pipeline/hs-correlation';
import { REPO_ROOT } from '../../scripts/pipeline/resolve';
import {
  parseTranslations,
  translateBreaks,
  translateCaveats,
  translateEvents,
  translatePartners,
  translateFiles,
  translateHeadlines,
  TRANSLATIONS_FILE,
  type TextTranslation,
} from '../../scripts/pipeline/translations';
import { EVENTS_FILE, REGISTRY } from '../../scripts/sources/registry';
import { DATA_FILES } from '../../src/data/files';
import type { Caveat, HeadlineFigure, Manifest, ManifestFile } from '../../src/data/schema';
import { rawFile } from './helpers/raw';

const read = (name: string) => rawFile('events', name, readFileSync(path.join(REPO_ROOT, name), 'utf8'));
const translations = parseTranslations(read(TRANSLATIONS_FILE));
const events = parseEvents(read(EVENTS_FILE));
/**
 * The files' descriptions as this build wrote them (public/data/manifest.json: run `npm run data` first); those the
 * build writes per HS chapter, in each language, are not translated here.
 */
const fileDescriptions = new Map(
  (JSON.parse(readFileSync(path.join(REPO_ROOT, 'public/data/manifest.json'), 'utf8')) as Manifest).files
    .filter((file) => file.hs2 === undefined)
    .map((file) => [file.path, file.description]),
);
/**
 * The published figures' claims by their stable id, as this build wrote them (public/data/headline_figures.csv, an
 * optional file: a build without the headline figures has none to translate).
 */
const HEADLINES_PATH = path.join(REPO_ROOT, 'public/data', DATA_FILES.headlineFigures);
const headlineClaims = new Map(
  existsSync(HEADLINES_PATH)
    ? parseCsv(readFileSync(HEADLINES_PATH, 'utf8')).records.map(({ cells }) => [
        cells[0] ?? '',
        cells[1] ?? '',
      ])
    : [],
);
/** The override list's reasons by their id in the translations (kind "override"). */
const overrideReasons = new Map(
  parseCsv(readFileSync(path.join(REPO_ROOT, OVERRIDES_FILE), 'utf8')).records.map(({ cells }) => {
    const [kind = '', hs2022 = '', hs2017 = '', reason = ''] = cells.map((cell) => cell.trim());
    return [overrideTextId({ kind: kind as 'predecessor', hs2022, hs2017 }), reason];
  }),
);
/**
 * Every caveat the pipeline can write: the shared ones, those of an absent optional source, and the monthly CHPL
 * file's (written from its snapshot: their titles are fixed, their texts not; the arguments here are placeholders).
 */
const caveats: readonly Caveat[] = [
  ...CAVEATS,
  CHPL_MONTHLY_ABSENT,
  REGISTRY.headlines.absent,
  REGISTRY.gaccReportedTotals.absent,
  basisCaveat([]),
  editionsCaveat(new Map(), []),
  unpublishedCaveat('2024-01', '2024-02', []),
];
/** Texts the build writes from the data (counts, code lists): they change with it, so they stay in English. */
const DERIVED_TEXTS: readonly string[] = [
  CAVEAT_IDS.hsVersions,
  CAVEAT_IDS.hs2017Names,
  CHPL_MONTHLY_CAVEAT_IDS.basis,
  CHPL_MONTHLY_CAVEAT_IDS.editions,
  CHPL_MONTHLY_CAVEAT_IDS.unpublished,
];

/** The English the pipeline writes for a row's (kind, id, field), or undefined when it writes none. */
function currentEnglish(row: TextTranslation): string | undefined {
  if (row.kind === 'override') return overrideReasons.get(row.id);
  if (row.kind === 'file') return fileDescriptions.get(row.id);
  if (row.kind === 'headline') return headlineClaims.get(row.id);
  const fields: Record<string, unknown> | undefined =
    row.kind === 'caveat'
      ? caveats.find((c) => c.id === row.id)
      : row.kind === 'break'
        ? BREAKS.find((b) => b.id === row.id)
        : events.find((e) => e.id === row.id);
  const value = fields?.[row.field];
  return typeof value === 'string' ? value : undefined;
}

describe('the curated translations of the pipeline’s English texts', () => {
  it('each translates the English the pipeline writes now, word for word', () => {
    // Partner names come from the ISO table and the IMF's labels: checked below and on the real build
    // (tests/scripts/pipeline.real.test.ts).
    const stale = translations
      .filter((row) => row.kind !== 'partner' && currentEnglish(row) !== row.en)
      .map((row) => `${row.kind} ${row.id} ${row.field}`);
    expect(stale).toEqual([]);
  });

  it('translate every caveat, break, event label, override reason and published claim, except the texts written from the data', () => {
    const has = (kind: string, id: string, field: string) =>
      translations.some((row) => row.kind === kind && row.id === id && row.field === field);
    const missing = [
      ...caveats.flatMap((c) => [
        ...(has('caveat', c.id, 'title') ? [] : [`${c.id} title`]),
        ...(has('caveat', c.id, 'text') || DERIVED_TEXTS.includes(c.id) ? [] : [`${c.id} text`]),
      ]),
      ...BREAKS.flatMap((b) => (has('break', b.id, 'label') ? [] : [`${b.id} label`])),
      ...events.flatMap((e) =>
        ['label', 'short_label'].flatMap((field) => (has('event', e.id, field) ? [] : [`${e.id} ${field}`])),
      ),
      ...[...overrideReasons.keys()].flatMap((id) => (has('override', id, 'reason') ? [] : [`${id} reason`])),
      ...[...headlineClaims.keys()].flatMap((id) => (has('headline', id, 'claim') ? [] : [`${id} claim`])),
      // The monthly CHPL file's description is written from its snapshot (partners, months): English, marked.
      ...[...fileDescriptions.keys()].flatMap((id) =>
        has('file', id, 'description') || id === DATA_FILES.comtradeChplMonthly ? [] : [`${id} description`],
      ),
    ];
    expect(missing).toEqual([]);
  });

  it('attach to the manifest’s caveats and breaks, and to events.csv, only where the English matches', () => {
    const [first] = translateCaveats(CAVEATS, translations);
    expect(first?.zh?.title).toBe('BACI：2021年至2022年间统计口径发生变化');
    expect(first?.ru?.text).toContain('211 млн долл. США');
    const edited = translateCaveats([{ ...CAVEATS[0]!, text: 'An edited English text.' }], translations)[0];
    expect(edited?.zh).toEqual({ title: 'BACI：2021年至2022年间统计口径发生变化' });
    expect(edited?.ru?.text).toBeUndefined();
    const derived = translateCaveats(
      [{ id: CAVEAT_IDS.hsVersions, title: 'CHPL is in HS 2022, BACI in HS 2017', text: 'Derived.' }],
      translations,
    )[0];
    expect(derived?.zh).toEqual({ title: 'CHPL采用HS 2022，BACI采用HS 2017' });
    expect(translateBreaks(BREAKS, translations)[0]?.ru).toEqual({
      label: 'С 2022 г.: только декларации Китая',
    });
    const invasion = translateEvents(events, translations).find((e) => e.id === 'russia-invades-ukraine');
    expect(invasion).toMatchObject({
      label_zh: '俄罗斯入侵乌克兰',
      short_label_ru: 'Вторжение России в Украину',
    });
    const file = { path: 'partners.csv', description: fileDescriptions.get('partners.csv') ?? '' };
    const [partners] = translateFiles([file as ManifestFile], translations);
    expect(partners?.ru?.description).toMatch(/^Все коды экспортёров и импортёров/);
    expect(
      translateFiles([{ ...file, description: 'Edited.' } as ManifestFile], translations)[0]?.zh,
    ).toBeUndefined();
    const relabelled = translateEvents([{ ...events[0]!, label: 'Relabelled' }], translations)[0];
    expect(relabelled?.label_zh).toBeNull();
    expect(relabelled?.short_label_zh).not.toBeNull();
  });

  it('attach a published claim’s translation to headline_figures.csv only where the claim is the one translated', () => {
    expect(headlineClaims.size).toBeGreaterThan(0);
    const figure: HeadlineFigure = {
      id: 'chinas-exports-of-integrated-circuits-to-russia-2022',
      claim: 'China’s exports of integrated circuits to Russia'.replace('’', "'"),
      value: '179',
      unit: 'USD million',
      period: '2022',
      source_as_attributed: 'The Wall Street Journal',
      url: 'https://example.org/',
      note: '',
    };
    const [translated, edited] = translateHeadlines(
      [figure, { ...figure, claim: 'China’s IC exports to Russia' }],
      translations,
    );
    expect(translated).toMatchObject({
      claim_zh: '中国对俄罗斯的集成电路出口',
      claim_ru: 'Экспорт интегральных схем из Китая в Россию',
    });
    expect(edited).toMatchObject({ claim_zh: null, claim_ru: null });
  });

  it('leave the names caveat to the build, which writes it in each language from the same counts', () => {
    const products = [
      ...Array.from({ length: 170 }, () => ({ name_source: 'comtrade-hs17' })),
      { name_source: 'hs4-parent' },
      { name_source: 'hs12' },
    ];
    const texts = hs2017NamesTexts(products);
    expect(texts.en).toBe(hs2017NamesText(products));
    expect(texts.zh).toBe(
      '不在HS 2012名称列表中的HS 2017编码有171个：其中170个的名称取自UN Comtrade的HS 2017目录' +
        '（`name_source = comtrade-hs17`），1个因该目录中也没有而取自其4位品目（`name_source = hs4-parent`）。',
    );
    expect(texts.ru).toMatch(/^Кодов ГС 2017, которых нет в перечне названий ГС 2012: 171\. Из них 170 /);
    expect(hs2017NamesTexts(products.slice(0, 3)).ru).toBe(
      'Кодов ГС 2017, которых нет в перечне названий ГС 2012: 3. Из них 3 названы по перечню ГС 2017 UN Comtrade ' +
        '(`name_source = comtrade-hs17`).',
    );
  });

  it('name partners: the curated name of a country is the one the build writes, and it reaches partners.csv', () => {
    // Those ISO names; the IMF's (aggregates, West Bank and Gaza) are checked on the real build.
    const countries = translations.filter(
      (row) => row.kind === 'partner' && partnerRow(row.id, new Map()).iso3 !== null,
    );
    const wrong = countries
      .filter((row) => partnerRow(row.id, new Map()).name !== row.en)
      .map((row) => row.id);
    expect(wrong).toEqual([]);
    const [hongKong, kazakhstan] = translatePartners(
      [partnerRow('HKG', new Map()), partnerRow('KAZ', new Map())],
      translations,
    );
    expect(hongKong).toMatchObject({ iso2: 'HK', name_zh: '中国香港', name_ru: 'Гонконг' });
    expect(kazakhstan).toMatchObject({ iso2: 'KZ', name_zh: null, name_ru: null });
    const renamed = translatePartners(
      [{ ...partnerRow('HKG', new Map()), name: 'Hong Kong SAR' }],
      translations,
    );
    expect(renamed[0]?.name_zh).toBeNull();
  });

  const header = 'kind,id,field,en,zh,ru\n';
  it('rejects a row in the wrong script, an unknown field, or an event label too long to draw', () => {
    const parse = (row: string) => () =>
      parseTranslations(rawFile('events', TRANSLATIONS_FILE, header + row));
    expect(parse('event,x,label,X,X,Икс\n')).toThrow(/row 2, column zh: expected Chinese text/);
    expect(parse('caveat,x,label,X,叉,Икс\n')).toThrow(/row 2, column field: expected title or text/);
    expect(parse(`event,x,short_label,X,叉,${'Ы'.repeat(29)}\n`)).toThrow(
      /row 2, column ru: expected at most 28 characters for an event's short_label/,
    );
    expect(parse('break,x,label,X,叉,Икс\nbreak,x,label,X,叉,Икс\n')).toThrow(/row 3, column id/);
  });
});
