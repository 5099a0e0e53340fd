// The words of a link's notices (./notices.ts): what was wrong with a part of the link, in the reader's language.
// Only where notices are shown (the embed's notices chunk, the explorer's notices) imports this module, and its
// Chinese and Russian are in the later catalogue (lingui.config.ts), loaded with those notices: the code that reads
// a link (every embed runs it) carries a key and values, not these rarely shown sentences.
import { TIER_ORDER } from '../data/tiers';
import { i18n } from '../i18n/i18n';
import { DATASETS } from './datasets';
import { DATASET_LABELS } from './dataset-labels';
import { DEFAULT_SPEC } from './defaults';
import { MAX_LINK_LENGTH } from './link-length';
import { MAX_SERIES, MAX_TOP_N, MAX_YEAR, MIN_YEAR } from './fields';
import type { ConsistencyReason, NoticeReason, SpecNotice, ValueReason } from './notices';
import { PRESETS } from './presets';
import { TRANSFORM_KINDS, TRANSFORMS } from './transforms';

/** Why a URL value cannot be used. */
function valueText(reason: ValueReason): string {
  switch (reason.id) {
    case 'u.01':
      return i18n._({ id: 'u.01', message: 'expected 1 or 0' });
    case 'u.one-of':
      return i18n._(
        { id: 'u.one-of', message: 'expected one of {options}' },
        { options: reason.options.join(', ') },
      );
    case 'u.flow-same':
      return i18n._({ id: 'u.flow-same', message: 'exporter and importer must differ' });
    case 'u.flow':
      return i18n._({
        id: 'u.flow',
        message: 'expected EXPORTER-IMPORTER (CHN-RUS) or REPORTER:imports|exports (RUS:imports)',
      });
    case 'u.pt-flow':
      return i18n._({ id: 'u.pt-flow', message: 'partners apply only to partner flows (IMF, Eurostat)' });
    case 'u.pt-code':
      return i18n._({ id: 'u.pt-code', message: 'not a partner code (ISO3 or aggregate)' });
    case 'u.pt-self':
      return i18n._({ id: 'u.pt-self', message: 'the reporter is not its own partner' });
    case 'u.pt-none':
      return i18n._({ id: 'u.pt-none', message: 'no valid partner' });
    case 'u.p-none':
      return i18n._({ id: 'u.p-none', message: 'no valid product' });
    case 'u.hs6':
      return i18n._({ id: 'u.hs6', message: 'expected a 6-digit HS code with leading zeros' });
    case 'u.hs4':
      return i18n._({ id: 'u.hs4', message: 'expected a 4-digit HS heading' });
    case 'u.hs2':
      return i18n._({ id: 'u.hs2', message: 'expected an HS chapter 01-99' });
    case 'u.product':
      return i18n._({
        id: 'u.product',
        message: 'not a product: expected t:<tier>, h6:<6 digits>, h4:, h2:, chpl, total or eus',
      });
    case 'u.tier':
      return i18n._(
        { id: 'u.tier', message: 'expected a CHPL tier: {tiers}' },
        { tiers: TIER_ORDER.join(', ') },
      );
    case 'u.period':
      return i18n._({ id: 'u.period', message: 'expected YYYY or YYYY-MM' });
    case 'u.years':
      return i18n._(
        { id: 'u.years', message: 'expected a year between {min} and {max}' },
        { min: MIN_YEAR, max: MAX_YEAR },
      );
    case 'u.top':
      return i18n._({ id: 'u.top', message: 'expected a whole number from 1 to {max}' }, { max: MAX_TOP_N });
    case 'u.tf': {
      const shapes = TRANSFORM_KINDS.map((kind) => TRANSFORMS[kind].urlShape);
      return i18n._(
        { id: 'u.tf', message: 'expected {shapes} or {last}' },
        { shapes: shapes.slice(0, -1).join(', '), last: shapes.at(-1) ?? '' },
      );
    }
  }
}

// The notices name the dataset by its English label; the Chinese and Russian ones say "this dataset" instead (an ICU
// select with only its "other" branch), so that a catalogue need not carry every dataset's name (the explorer's own
// words for them are a page's).
function consistencyText({ id, dataset: datasetId }: ConsistencyReason): string {
  const dataset = DATASETS[datasetId];
  const label = DATASET_LABELS[datasetId];
  switch (id) {
    case 'c.flow-open':
      return i18n._(
        { id: 'c.flow-open', message: '{label} has exporter -> importer flows only; using the default' },
        { label },
      );
    case 'c.flows':
      return i18n._(
        { id: 'c.flows', message: '{label} has only these flows: {flows}; using the default' },
        { label, flows: dataset.flows.join(', ') },
      );
    case 'c.products':
      return i18n._(
        { id: 'c.products', message: '{label} has only these products: {kinds}' },
        { label, kinds: dataset.productKinds.join(', ') },
      );
    case 'c.breakdown':
      return i18n._({ id: 'c.breakdown', message: '{label} has no HS breakdown' }, { label });
    case 'c.measure':
      return i18n._(
        { id: 'c.measure', message: '{label} has only: {measures}; showing value' },
        { label, measures: dataset.measures.join(', ') },
      );
    case 'c.annual':
      return i18n._({ id: 'c.annual', message: '{label} is annual; using the year' }, { label });
    case 'c.swap':
      return i18n._({ id: 'c.swap', message: 'the start is after the end; swapped them' });
    case 'c.tf-a':
      return i18n._(
        { id: 'c.tf-a', message: 'not available for {label} (annual); showing absolute values' },
        { label },
      );
    case 'c.tf-m':
      return i18n._(
        { id: 'c.tf-m', message: 'not available for {label} (monthly); showing absolute values' },
        { label },
      );
    case 'c.log':
      return i18n._({
        id: 'c.log',
        message: 'a log scale suits only line charts of positive values; using a linear scale',
      });
    case 'c.cmp':
      return i18n._({ id: 'c.cmp', message: 'comparing applies only to your own file' });
    case 'c.cc':
      return i18n._({ id: 'c.cc', message: 'applies only to CHPL tiers and totals' });
    case 'c.stack':
      return i18n._({
        id: 'c.stack',
        message: 'a stack would add your file to the built-in data it is compared with; using lines',
      });
  }
}

/** What a notice says, in the active language (English where the words never were translated: see each case). */
export function reasonText(reason: NoticeReason): string {
  switch (reason.id) {
    case 'notice.unknown':
      return i18n._({ id: 'notice.unknown', message: 'unknown parameter; ignored' });
    case 'notice.unreadable':
      return i18n._({
        id: 'notice.unreadable',
        message: 'could not read this link; showing the default chart',
      });
    case 'notice.twice':
      return i18n._({ id: 'notice.twice', message: 'given more than once; the first value is used' });
    case 'notice.v-nan':
      return i18n._(
        { id: 'notice.v-nan', message: 'not a version number; read as version {v}' },
        { v: reason.v },
      );
    case 'notice.v-new':
      return i18n._(
        { id: 'notice.v-new', message: 'from a newer version of this app; read as version {v}' },
        { v: reason.v },
      );
    case 'notice.dataset':
      return i18n._(
        { id: 'notice.dataset', message: 'unknown dataset; using {id}' },
        { id: DEFAULT_SPEC.dataset },
      );
    case 'notice.empty':
      return i18n._({ id: 'notice.empty', message: 'empty; using the default' });
    case 'notice.default':
      return i18n._(
        { id: 'notice.default', message: '{why}; using the default' },
        { why: valueText(reason.why) },
      );
    case 'notice.repeated':
      return i18n._({ id: 'notice.repeated', message: 'repeated; shown once' });
    case 'notice.cap':
      return i18n._(
        { id: 'notice.cap', message: 'at most {max} series; {more} more left out' },
        { max: MAX_SERIES, more: reason.more },
      );
    case 'notice.chart':
      return i18n._(
        { id: 'notice.chart', message: 'no chart of that name (available: {names})' },
        { names: Object.keys(PRESETS).join(', ') },
      );
    case 'notice.controls':
      return i18n._({ id: 'notice.controls', message: 'expected 0 or 1; controls are shown' });
    case 'notice.theme':
      return i18n._({ id: 'notice.theme', message: 'expected light, dark or auto; using light' });
    case 'notice.data-version':
      return i18n._({ id: 'notice.data-version', message: 'not a data version; showing the current data' });
    // Never translated (English in every language, as before these became keys).
    case 'link-long':
      return (
        `this link is ${reason.length.toLocaleString('en')} characters long, more than the ` +
        `${MAX_LINK_LENGTH.toLocaleString('en')} any chart needs, so it was not read; showing the default chart`
      );
    case 'no-build-data':
      return `this build has no such data (${reason.file} is not in its manifest); showing the default chart`;
    case 'text':
      return reason.text;
    default:
      return 'dataset' in reason ? consistencyText(reason) : valueText(reason);
  }
}

/** A notice's words. */
export const noticeText = (notice: SpecNotice): string => reasonText(notice.reason);

/** The values of the link a reason's words quote (what a parameter allows, a file's name): codes in every language.
 * Only those the active language's words contain are marked (a translation may show `2023` where English has
 * `YYYY`). */
function reasonCodes(reason: NoticeReason): readonly string[] {
  switch (reason.id) {
    case 'u.01':
    case 'notice.controls':
      return ['0', '1'];
    case 'u.one-of':
      return reason.options;
    case 'u.flow':
      return ['EXPORTER-IMPORTER', 'REPORTER:imports|exports', ':imports|exports', 'CHN-RUS', 'RUS:imports'];
    case 'u.hs2':
      return ['01-99'];
    case 'u.product':
      return ['t:<tier>', 'h6:<6 digits>', 't:', 'h6:', 'h4:', 'h2:', 'chpl', 'total', 'eus'];
    case 'u.tier':
      return TIER_ORDER;
    case 'u.period':
      return ['YYYY-MM', 'YYYY', '2023-05', '2023'];
    case 'u.tf':
      return TRANSFORM_KINDS.map((kind) => TRANSFORMS[kind].urlShape);
    case 'notice.dataset':
      return [DEFAULT_SPEC.dataset];
    case 'notice.default':
      return reasonCodes(reason.why);
    case 'notice.chart':
      return Object.keys(PRESETS);
    case 'notice.theme':
      return ['light', 'dark', 'auto'];
    case 'c.flows':
      return DATASETS[reason.dataset].flows;
    case 'c.products':
      return DATASETS[reason.dataset].productKinds;
    case 'c.measure':
      return DATASETS[reason.dataset].measures;
    case 'no-build-data':
      return [reason.file];
    default:
      return [];
  }
}

/**
 * A notice's words split around the codes they quote: the odd-numbered parts are codes (to show in a code element
 * not to translate), the others words. A code counts only where no Latin letter or digit touches it (`1` is not a
 * code inside `2021`, `auto` not inside `automatic`).
 */
export function noticeParts(notice: SpecNotice): string[] {
  const text = noticeText(notice);
  const codes = reasonCodes(notice.reason).filter((code) => code !== '' && text.includes(code));
  if (codes.length === 0) return [text];
  const escape = (code: string) => code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Longest first, so that a code holding another (`t:<tier>`, `t:`) is one code.
  const alternatives = [...codes].sort((a, b) => b.length - a.length).map(escape);
  return text.split(new RegExp(`(?<![A-Za-z0-9])(${alternatives.join('|')})(?![A-Za-z0-9])`));
}
