// The CHPL's HS 2022 -> HS 2017 relation, derived from UNSD's correlation workbook (plus the short override list
// for the workbook's known faults): for each CHPL code, the HS 2017 line BACI reports it under, and whether that
// line measures the same goods before and after the HS change.
import { COMPARABILITY_LABELS } from '../../src/data/comparability';
import type { ChplItem, Comparability, ConcordanceRow } from '../../src/data/schema';
import type { Correlation, HsCorrelationWorkbook } from '../parsers/hs-correlation';
import { parseCsv, readRecords } from './csv';
import { cellError, PipelineError } from './errors';
import type { RawFile } from './resolve';
import type { WrittenTexts } from './caveats';
import { lookup, type TextTranslation } from './translations';

export const OVERRIDES_FILE = 'scripts/curated/hs_correlation_overrides.csv';

/** HS 2022's heading for waste and scrap of electrical and electronic assemblies (new in HS 2022). */
const E_WASTE_HEADING = '8549';

/**
 * An HS 2022 code the workbook correlates with at least this many HS 2017 codes is one of its bulk "parts"
 * blocks (8524xx, 852990, 854151, 854159): the workbook cannot say which of those lines the goods came from, so a
 * link inside such a block counts only when an override names the line as a principal source.
 */
export const BULK_SOURCES = 50;

export interface HsOverride {
  kind: 'predecessor' | 'principal-source';
  /** predecessor: the CHPL code; principal-source: the HS 2022 heading (4 digits) or code (6) carved out. */
  hs2022: string;
  hs2017: string;
  reason: string;
  line: number;
}

export function parseOverrides(raw: RawFile, workbook: HsCorrelationWorkbook): HsOverride[] {
  const columns = ['kind', 'hs2022', 'hs2017', 'reason'] as const;
  const records = readRecords(parseCsv(raw.text), columns, { source: raw.source, file: raw.name });
  const hs2017Codes = new Set(workbook.correlations.map((c) => c.hs2017));
  return records.map(({ ctx, get }) => {
    const kind = get('kind').trim();
    const hs2022 = get('hs2022').trim();
    const hs2017 = get('hs2017').trim();
    const reason = get('reason').trim();
    if (kind !== 'predecessor' && kind !== 'principal-source')
      throw cellError(ctx, 'kind', 'expected predecessor or principal-source', kind);
    const width = kind === 'predecessor' ? /^\d{6}$/ : /^(\d{4}|\d{6})$/;
    if (!width.test(hs2022))
      throw cellError(
        ctx,
        'hs2022',
        kind === 'predecessor' ? 'expected a six-digit code' : 'expected a heading or code',
        hs2022,
      );
    if (!hs2017Codes.has(hs2017))
      throw cellError(ctx, 'hs2017', 'expected an HS 2017 code of the workbook', hs2017);
    if (reason === '') throw cellError(ctx, 'reason', 'expected the reason for the override', reason);
    return { kind, hs2022, hs2017, reason, line: ctx.line };
  });
}

interface Sibling extends Correlation {
  principal: boolean;
}

const heading = (code: string) => code.slice(0, 4);
const unique = (values: readonly string[]) => [...new Set(values)];

/** Headings for codes outside `own`'s heading; six-digit codes inside it. */
function carvedOut(siblings: readonly Sibling[], own: string): string[] {
  return unique(
    siblings.map((s) => (heading(s.hs2022) === heading(own) ? s.hs2022 : heading(s.hs2022))),
  ).sort();
}

/** A heading stands for its codes when more than two of them are listed. */
function compactCodes(codes: readonly string[]): string[] {
  const all = unique(codes).sort();
  const perHeading = (h: string) => all.filter((code) => heading(code) === h).length;
  return unique(all.map((code) => (perHeading(heading(code)) > 2 ? heading(code) : code)));
}

/**
 * A note in each language, written from the same codes and counts (issue 15: computed texts are written per
 * language, not translated after the fact). The Chinese and Russian ones are the project's translation; file names
 * in them are quoted with backticks, so the page can show them as code, not words to translate.
 */
interface Words {
  en: string;
  zh: string;
  ru: string;
}

const joinWords = (parts: readonly Words[]): Words => ({
  en: parts.map((p) => p.en).join(''),
  zh: parts.map((p) => p.zh).join(''),
  ru: parts.map((p) => p.ru).join(''),
});
const NONE: Words = { en: '', zh: '', ru: '' };

function eWasteClause(hs2017: string, eWaste: readonly Sibling[]): Words {
  if (eWaste.length === 0) return NONE;
  return {
    en:
      ` The workbook also links HS 2017 ${hs2017} with HS 2022's new heading ${E_WASTE_HEADING}: waste and scrap ` +
      'of electrical and electronic assemblies, not new goods, so immaterial to this trade.',
    zh:
      `对应表还将HS 2017子目${hs2017}与HS 2022新设的品目${E_WASTE_HEADING}（电子电气废弃物及碎料）相关联；` +
      '这些并非新货物，对本项贸易无实质影响。',
    ru:
      ` Таблица соответствия также связывает субпозицию ГС 2017 ${hs2017} с новой товарной позицией ГС 2022 ` +
      `${E_WASTE_HEADING} «Отходы и лом электрического и электронного оборудования»: это не новые товары, ` +
      'поэтому для данной торговли связь несущественна.',
  };
}

function bulkClause(hs2017: string, minor: readonly Sibling[]): Words {
  if (minor.length === 0) return NONE;
  const codes = compactCodes(minor.map((s) => s.hs2022));
  return {
    en:
      ` Its links with ${codes.join(', ')} are part of the workbook's ` +
      `many-to-many parts blocks (${BULK_SOURCES}+ HS 2017 codes each), which drew principally on other lines ` +
      `(see ${OVERRIDES_FILE}): not a material carve-out.`,
    zh:
      `HS 2017子目${hs2017}与${codes.join('、')}的关联属于对应表中的多对多零件区块（每块涉及${BULK_SOURCES}个以上HS 2017编码），` +
      `这些区块的货物主要来自其他子目（见\`${OVERRIDES_FILE}\`）：并非实质性的分出。`,
    ru:
      ` Связи субпозиции ГС 2017 ${hs2017} с ${codes.join(', ')} входят в блоки частей «многие ко многим» таблицы соответствия ` +
      `(не менее ${BULK_SOURCES} кодов ГС 2017 в каждом), товары которых пришли в основном из других субпозиций ` +
      `(см. \`${OVERRIDES_FILE}\`): существенного выделения нет.`,
  };
}

interface Derived {
  comparability: Comparability;
  carved: string[];
  note: Words;
}

function splitNote(c: string, hs2017: string, sharedWith: readonly string[], extraSources: number): Words {
  const codes = [c, ...sharedWith].sort();
  return {
    en:
      `HS 2022 split HS 2017 ${hs2017} into ${codes.join(' and ')}: one HS 2017 line for ` +
      'codes of different scope, so neither code can be read from it alone' +
      (extraSources > 0
        ? `, and the workbook links ${c} with ${extraSources} other HS 2017 codes (goods HS 2022 moved in from other headings).`
        : '.'),
    zh:
      `HS 2022将HS 2017子目${hs2017}拆分为${codes.join('和')}：同一个HS 2017子目对应范围不同的编码，` +
      '因此任一编码都不能单独据此读取' +
      (extraSources > 0
        ? `；此外，对应表还将${c}与另外${extraSources}个HS 2017编码相关联（HS 2022从其他品目移入的货物）。`
        : '。'),
    ru:
      `ГС 2022 разделила субпозицию ГС 2017 ${hs2017} на ${codes.join(' и ')}: одна субпозиция ГС 2017 ` +
      'для кодов разного охвата, поэтому ни один из них нельзя определить только по ней' +
      (extraSources > 0
        ? `, а таблица соответствия связывает ${c} ещё и с другими кодами ГС 2017 (${extraSources}): это товары, ` +
          'перенесённые в ГС 2022 из других товарных позиций.'
        : '.'),
  };
}

function carvedNote(
  comparability: Comparability,
  c: string,
  hs2017: string,
  carved: readonly string[],
): Words {
  if (comparability === 'split')
    return {
      en: `HS 2022 split HS 2017 ${hs2017} into ${c} and ${carved.join(', ')}; the CHPL lists only ${c}, so the HS 2017 line is broader.`,
      zh: `HS 2022将HS 2017子目${hs2017}拆分为${c}和${carved.join('、')}；CHPL仅列出${c}，因此该HS 2017子目范围更宽。`,
      ru:
        `ГС 2022 разделила субпозицию ГС 2017 ${hs2017} на ${c} и ${carved.join(', ')}; в CHPL входит ` +
        `только ${c}, поэтому субпозиция ГС 2017 шире.`,
    };
  const renamed = c !== hs2017;
  return {
    en: `HS 2017 ${hs2017} is broader: HS 2022 carved ${carved.join(', ')} out of it${renamed ? ` and numbered the rest ${c}` : ''}.`,
    zh: `HS 2017子目${hs2017}范围更宽：HS 2022从中分出了${carved.join('、')}${renamed ? `，其余部分编为${c}` : ''}。`,
    ru: `Субпозиция ГС 2017 ${hs2017} шире: ГС 2022 выделила из неё ${carved.join(', ')}${renamed ? `, а остальному присвоила код ${c}` : ''}.`,
  };
}

function classify(
  item: ChplItem,
  hs2017: string,
  siblings: readonly Sibling[],
  sharedWith: readonly string[],
  extraSources: number,
): Derived {
  const c = item.hs6_2022;
  const eWaste = siblings.filter((s) => heading(s.hs2022) === E_WASTE_HEADING);
  const principal = siblings.filter((s) => s.principal && heading(s.hs2022) !== E_WASTE_HEADING);
  const minor = siblings.filter((s) => !s.principal && heading(s.hs2022) !== E_WASTE_HEADING);
  const tail = joinWords([eWasteClause(hs2017, eWaste), bulkClause(hs2017, minor)]);
  if (sharedWith.length > 0) {
    return {
      comparability: 'split',
      carved: [...sharedWith],
      note: joinWords([splitNote(c, hs2017, sharedWith, extraSources), tail]),
    };
  }
  if (principal.length > 0) {
    const carved = carvedOut(principal, hs2017);
    const otherHeading = carved.some((code) => code.length === 4);
    const comparability: Comparability = c === hs2017 || otherHeading ? 'hs2017-broader' : 'split';
    return { comparability, carved, note: joinWords([carvedNote(comparability, c, hs2017, carved), tail]) };
  }
  if (c === hs2017)
    return {
      comparability: 'same-scope',
      carved: [],
      note: joinWords([
        {
          en: 'Same code and scope in HS 2017.',
          zh: '在HS 2017中编码和范围均相同。',
          ru: 'В ГС 2017 тот же код и тот же охват.',
        },
        tail,
      ]),
    };
  return {
    comparability: 'renumbered',
    carved: [],
    note: joinWords([
      {
        en: `Renumbered: HS 2022 ${c} is HS 2017 ${hs2017}, with the same scope.`,
        zh: `改号：HS 2022的${c}即HS 2017的${hs2017}，范围相同。`,
        ru: `Код изменён: ${c} ГС 2022 — это ${hs2017} ГС 2017 с тем же охватом.`,
      },
      tail,
    ]),
  };
}

/** An override's id in text_translations.csv (kind "override", field "reason"). */
export const overrideTextId = (o: Pick<HsOverride, 'kind' | 'hs2022' | 'hs2017'>) =>
  `${o.kind}-${o.hs2022}-${o.hs2017}`;

/** The concordance rows of the 50 CHPL codes, in the CHPL's order. */
export function deriveChplRelation(
  chpl: readonly ChplItem[],
  workbook: HsCorrelationWorkbook,
  overrides: readonly HsOverride[],
  /** The overrides' reasons in Chinese and Russian (scripts/curated/text_translations.csv, kind "override"). */
  translations: readonly TextTranslation[] = [],
): ConcordanceRow[] {
  const translated = lookup(translations);
  const sourcesOf = new Map<string, Set<string>>();
  for (const c of workbook.correlations)
    sourcesOf.set(c.hs2022, (sourcesOf.get(c.hs2022) ?? new Set()).add(c.hs2017));
  const predecessorOverride = new Map(
    overrides.filter((o) => o.kind === 'predecessor').map((o) => [o.hs2022, o]),
  );
  const principalSources = overrides.filter((o) => o.kind === 'principal-source');
  const isPrincipal = (link: Correlation) => {
    if (link.relation !== 'n:n' || (sourcesOf.get(link.hs2022)?.size ?? 0) < BULK_SOURCES) return true;
    return principalSources.some((o) => o.hs2017 === link.hs2017 && link.hs2022.startsWith(o.hs2022));
  };
  for (const o of predecessorOverride.values())
    if (!chpl.some((item) => item.hs6_2022 === o.hs2022))
      throw new PipelineError(
        `${OVERRIDES_FILE} row ${o.line}, column hs2022: ${o.hs2022} is not a CHPL code`,
      );
  const predecessors = new Map(
    chpl.map((item) => {
      const hs2017 =
        predecessorOverride.get(item.hs6_2022)?.hs2017 ?? workbook.conversions.get(item.hs6_2022);
      if (!hs2017)
        throw new PipelineError(
          `hs-classification: the workbook's Conversions sheet has no row for CHPL code ${item.hs6_2022}`,
        );
      return [item.hs6_2022, hs2017];
    }),
  );
  return chpl.map((item): ConcordanceRow => {
    const c = item.hs6_2022;
    const hs2017 = predecessors.get(c) as string;
    const sharedWith = chpl
      .filter((other) => other.hs6_2022 !== c && predecessors.get(other.hs6_2022) === hs2017)
      .map((other) => other.hs6_2022);
    const siblings = workbook.correlations
      .filter((link) => link.hs2017 === hs2017 && link.hs2022 !== c && !sharedWith.includes(link.hs2022))
      .map((link) => ({ ...link, principal: isPrincipal(link) }));
    const extraSources = [...(sourcesOf.get(c) ?? [])].filter((code) => code !== hs2017).length;
    const derived = classify(item, hs2017, siblings, sharedWith, extraSources);
    const applied = [
      predecessorOverride.get(c),
      ...principalSources.filter(
        (o) => o.hs2017 === hs2017 && derived.carved.some((k) => k.startsWith(o.hs2022)),
      ),
    ].filter((o) => o !== undefined);
    const override = applied.map((o) => `${OVERRIDES_FILE} row ${o.line}: ${o.reason}`).join(' ');
    // The same "file row N: reason" in Chinese and Russian (the page words "row" itself), or null while a reason
    // has no translation of its current English.
    const overrideIn = (lang: 'zh' | 'ru') => {
      const reasons = applied.map(
        (o) => translated('override', overrideTextId(o), 'reason', o.reason)?.[lang],
      );
      if (reasons.some((reason) => reason === undefined)) return null;
      return applied.map((o, i) => `${OVERRIDES_FILE} row ${o.line}: ${reasons[i] ?? ''}`).join(' ');
    };
    const comparable = derived.comparability === 'same-scope' || derived.comparability === 'renumbered';
    return {
      hs6_2022: c,
      hs6_2017: hs2017,
      tier: item.tier,
      match: derived.comparability === 'same-scope' ? 'exact' : 'approximate',
      note: derived.note.en,
      comparability: derived.comparability,
      comparable: comparable ? 'yes' : 'no',
      carved_out: derived.carved.join(';'),
      override,
      note_zh: derived.note.zh,
      note_ru: derived.note.ru,
      override_zh: overrideIn('zh'),
      override_ru: overrideIn('ru'),
    };
  });
}

/** The manifest's caveat on the HS change, written from the derived relation (no count typed by hand). */
export function hsRelationCaveatText(
  rows: readonly ConcordanceRow[],
  /** HS 2017 CHPL lines with no BACI row in some years (China -> Russia). */
  missing: readonly { hs6: string; years: readonly string[] }[] = [],
): string {
  const byClass = (cls: Comparability) => rows.filter((r) => r.comparability === cls);
  const list = (cls: Comparability) =>
    byClass(cls)
      .map((r) => (r.hs6_2022 === r.hs6_2017 ? r.hs6_2022 : `${r.hs6_2022} (HS 2017 ${r.hs6_2017})`))
      .join(', ');
  const notSame = rows.filter((r) => r.hs6_2022 !== r.hs6_2017);
  const parts = [
    `The CHPL is in HS 2022, BACI in HS 2017; the relation is derived from UNSD's HS 2022-HS 2017 correlation workbook.`,
    `${rows.length - notSame.length} of ${rows.length} CHPL codes keep their number in HS 2017 and ${notSame.length} do not.`,
    ...(['same-scope', 'renumbered', 'split', 'hs2017-broader'] as const)
      .filter((cls) => byClass(cls).length > 0)
      // Each class starts a sentence: "Same scope (42): ...".
      .map((cls) => {
        const label = COMPARABILITY_LABELS[cls];
        return `${label.charAt(0).toUpperCase()}${label.slice(1)} (${byClass(cls).length}): ${list(cls)}.`;
      }),
    'Only same-scope and renumbered codes are comparable across the change; the "comparable codes" basis leaves the others out.',
    ...(missing.length > 0
      ? [
          `HS 2017 ${missing.map((m) => `${m.hs6} has no BACI row for ${m.years.join(' and ')}`).join('; ')} ` +
            '(a nomenclature-conversion gap): that is missing data, not zero.',
        ]
      : []),
  ];
  return parts.join(' ');
}

/** The classes' words at the start of the caveat's sentences, in Chinese and Russian (en: COMPARABILITY_LABELS). */
const CLASS_WORDS: Readonly<Record<'zh' | 'ru', Readonly<Record<Comparability, string>>>> = {
  zh: { 'same-scope': '范围相同', renumbered: '改号', split: '拆分', 'hs2017-broader': 'HS 2017子目更宽' },
  ru: {
    'same-scope': 'Тот же охват',
    renumbered: 'Перенумерованы',
    split: 'Разделены',
    'hs2017-broader': 'Субпозиция ГС 2017 шире',
  },
};

/**
 * The caveat on the HS change in each language, written from the same rows (issue 15: computed texts are written
 * per language, not translated after the fact); the Chinese and Russian are the project's translation. The
 * Russian is phrased so that no noun agrees with a count.
 */
export function hsRelationCaveatTexts(
  rows: readonly ConcordanceRow[],
  missing: readonly { hs6: string; years: readonly string[] }[] = [],
): WrittenTexts {
  const byClass = (cls: Comparability) => rows.filter((r) => r.comparability === cls);
  const classes = (['same-scope', 'renumbered', 'split', 'hs2017-broader'] as const).filter(
    (cls) => byClass(cls).length > 0,
  );
  const same = rows.filter((r) => r.hs6_2022 === r.hs6_2017).length;
  const notSame = rows.length - same;
  const item = (r: ConcordanceRow, hs: string, open: string, close: string) =>
    r.hs6_2022 === r.hs6_2017 ? r.hs6_2022 : `${r.hs6_2022}${open}${hs} 2017 ${r.hs6_2017}${close}`;
  const zh = [
    'CHPL采用HS 2022，BACI采用HS 2017；二者的对应关系依据UNSD的HS 2022—HS 2017对应表推导。',
    `${rows.length}个CHPL编码中，${same}个在HS 2017中编码不变，${notSame}个编码不同。`,
    ...classes.map(
      (cls) =>
        `${CLASS_WORDS.zh[cls]}（${byClass(cls).length}个）：` +
        `${byClass(cls)
          .map((r) => item(r, 'HS', '（', '）'))
          .join('、')}。`,
    ),
    '只有范围相同和改号的编码在版本转换前后可比；“仅含HS版本变更前后可比的编码”选项不计入其他编码。',
    ...(missing.length > 0
      ? [
          `${missing.map((m) => `HS 2017 ${m.hs6}在${m.years.join('年和')}年没有BACI数据行`).join('；')}` +
            '（属于编码转换缺口）：这是数据缺失，而非零。',
        ]
      : []),
  ];
  const ru = [
    'CHPL составлен по ГС 2022, BACI — по ГС 2017; соответствие выведено из таблицы соответствия ГС 2022 — ГС 2017 UNSD.',
    `Из ${rows.length} кодов CHPL свой номер в ГС 2017 сохраняют: ${same}, не сохраняют: ${notSame}.`,
    ...classes.map(
      (cls) =>
        `${CLASS_WORDS.ru[cls]} (${byClass(cls).length}): ` +
        `${byClass(cls)
          .map((r) => item(r, 'ГС', ' (', ')'))
          .join(', ')}.`,
    ),
    'Сопоставимы при смене редакции только коды с тем же охватом и перенумерованные; вариант «Коды, сопоставимые при смене редакции ГС» исключает остальные.',
    ...(missing.length > 0
      ? [
          `Для ${missing.map((m) => `ГС 2017 ${m.hs6} нет строки BACI за ${m.years.join(' и ')} ${m.years.length > 1 ? 'гг.' : 'г.'}`).join('; для ')}` +
            ' (пробел при пересчёте номенклатуры): это отсутствующие данные, а не ноль.',
        ]
      : []),
  ];
  return { en: hsRelationCaveatText(rows, missing), zh: zh.join(''), ru: ru.join(' ') };
}
