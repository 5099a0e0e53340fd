// One codec per URL parameter. Each reads its own raw value into the spec, or says why it cannot, so an
// invalid parameter falls back to its default alone.
import { BREAKDOWNS, CHART_TYPES, MAX_TOP_N, MEASURES, SCALES, VIEWS } from './fields';
import { flowKey } from './flow-key';
import type { ChartSpec, Flow } from './schema';
import type { FieldCodec, FieldRead } from './url-codec';
import { readList } from './url-lists';
import { readProductToken, writeProducts } from './url-products';
import { readTransform, writeTransform } from './url-transform';
import { isPartnerCode, readOneOf, readSpecPeriod, type ValueRead } from './url-values';

type Key = keyof ChartSpec;

function valueCodec<K extends Key>(
  param: string,
  key: K,
  readValue: (raw: string) => ValueRead<ChartSpec[K]>,
): FieldCodec {
  return {
    param,
    write: (spec) => String(spec[key]),
    read: (raw, spec) => {
      const parsed = readValue(raw);
      return parsed.ok ? { ok: true, spec: { ...spec, [key]: parsed.value } } : parsed;
    },
  };
}

const oneOf =
  <T extends string>(options: readonly T[]) =>
  (raw: string) =>
    readOneOf(options, raw);

function switchCodec(param: string, key: 'events' | 'breaks'): FieldCodec {
  return {
    param,
    write: (spec) => (spec[key] ? '1' : '0'),
    read: (raw, spec) =>
      raw === '1' || raw === '0'
        ? { ok: true, spec: { ...spec, [key]: raw === '1' } }
        : { ok: false, reason: { id: 'u.01' } },
  };
}

/** A field that is `true` or absent (never false): "1" sets it, "0" removes it. */
function onFlagCodec(param: string, key: 'compare' | 'comparable'): FieldCodec {
  return {
    param,
    write: (spec) => (spec[key] ? '1' : ''),
    read: (raw, spec) => {
      if (raw !== '1' && raw !== '0') return { ok: false, reason: { id: 'u.01' } };
      const next = { ...spec, [key]: true as const };
      if (raw === '0') delete next[key];
      return { ok: true, spec: next };
    },
  };
}

const BILATERAL = /^([A-Za-z0-9_]{3,8})-([A-Za-z0-9_]{3,8})$/;
const REPORTER = /^([A-Za-z0-9_]{3,8}):(imports|exports)$/;

function readFlow(raw: string, spec: ChartSpec): FieldRead {
  const [, exporter, importer] = (BILATERAL.exec(raw) ?? []).map((code) => code.toUpperCase());
  if (exporter && importer) {
    if (importer === exporter) return { ok: false, reason: { id: 'u.flow-same' } };
    return { ok: true, spec: { ...spec, flow: { kind: 'bilateral', exporter, importer } } };
  }
  const [, reporterRaw, direction] = REPORTER.exec(raw) ?? [];
  if (!reporterRaw || (direction !== 'imports' && direction !== 'exports')) {
    return { ok: false, reason: { id: 'u.flow' } };
  }
  const reporter = reporterRaw.toUpperCase();
  // Partners stay those of the current flow (the dataset's defaults) unless `pt` says otherwise.
  const partners = spec.flow.kind === 'partners' ? spec.flow.partners.filter((p) => p !== reporter) : [];
  const flow: Flow = { kind: 'partners', reporter, direction, partners };
  return { ok: true, spec: { ...spec, flow } };
}

function readPartners(raw: string, spec: ChartSpec): FieldRead {
  const { flow } = spec;
  if (flow.kind !== 'partners') return { ok: false, reason: { id: 'u.pt-flow' } };
  const { items, notices } = readList('pt', raw, (token) => {
    const code = token.toUpperCase();
    if (!isPartnerCode(code)) return { ok: false, reason: { id: 'u.pt-code' } };
    if (code === flow.reporter) return { ok: false, reason: { id: 'u.pt-self' } };
    return { ok: true, item: code, key: code };
  });
  if (items.length === 0) return { ok: false, reason: { id: 'u.pt-none' } };
  return { ok: true, spec: { ...spec, flow: { ...flow, partners: items } }, notices };
}

function readProducts(raw: string, spec: ChartSpec): FieldRead {
  const { items, notices } = readList('p', raw, readProductToken);
  if (items.length === 0) return { ok: false, reason: { id: 'u.p-none' } };
  return { ok: true, spec: { ...spec, products: items }, notices };
}

function readTopN(raw: string, spec: ChartSpec): FieldRead {
  const n = /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= 1 && n <= MAX_TOP_N)) return { ok: false, reason: { id: 'u.top' } };
  return { ok: true, spec: { ...spec, topN: n } };
}

/** In reading order: `pt` after `f`, since partners belong to the flow. */
export const FIELD_CODECS: readonly FieldCodec[] = [
  { param: 'f', write: (spec) => flowKey(spec.flow), read: readFlow },
  {
    param: 'pt',
    write: (spec) => (spec.flow.kind === 'partners' ? spec.flow.partners.join(',') : ''),
    read: readPartners,
  },
  { param: 'p', write: (spec) => writeProducts(spec.products), read: readProducts },
  valueCodec('by', 'breakdown', oneOf(BREAKDOWNS)),
  valueCodec('from', 'from', readSpecPeriod),
  valueCodec('to', 'to', readSpecPeriod),
  valueCodec('m', 'measure', oneOf(MEASURES)),
  { param: 'tf', write: (spec) => writeTransform(spec.transform), read: readTransform },
  valueCodec('c', 'chart', oneOf(CHART_TYPES)),
  valueCodec('sc', 'scale', oneOf(SCALES)),
  { param: 'n', write: (spec) => String(spec.topN), read: readTopN },
  switchCodec('ev', 'events'),
  switchCodec('br', 'breaks'),
  valueCodec('view', 'view', oneOf(VIEWS)),
  // Written only when on: absent is off (the spec never holds `compare: false`).
  onFlagCodec('cmp', 'compare'),
  // The comparable-codes basis (src/spec/comparable.ts), likewise.
  onFlagCodec('cc', 'comparable'),
];
