// The words under a value in tooltips and tables: who declared it and where it comes from.
import type { ManifestSource } from '../../data/schema';
import { describeBasis } from './basis-text';
import type { TooltipText } from '../kit/ChartTooltip';
import type { SpecChartData } from './types';
import { ownValue } from '../../spec/own';

const NAMES: Readonly<Record<string, string>> = {
  CHN: 'China',
  RUS: 'Russia',
  EU27: 'the EU',
  G998: 'the EU',
};

/** "CEPII BACI" from publisher "CEPII" and title "BACI: international trade database ...". */
export function shortSourceName(source: ManifestSource): string {
  const name = source.title.split(':')[0] ?? source.title;
  return name.startsWith(source.publisher) ? name : `${source.publisher} ${name}`;
}

function parties(data: SpecChartData) {
  const { flow } = data.spec;
  if (flow.kind === 'bilateral') {
    return {
      exporterName: ownValue(NAMES, flow.exporter) ?? flow.exporter,
      importerName: ownValue(NAMES, flow.importer) ?? flow.importer,
    };
  }
  const reporter = ownValue(NAMES, flow.reporter) ?? flow.reporter;
  return flow.direction === 'exports'
    ? { exporterName: reporter, importerName: 'the partner' }
    : { exporterName: 'the partner', importerName: reporter };
}

export function tooltipText(data: SpecChartData): TooltipText {
  const names = new Map(data.sources.map((s) => [s.id, shortSourceName(s)]));
  const who = parties(data);
  const unitWord = data.periods[0]?.length === 7 ? 'month' : 'year';
  return {
    basis: (summary) =>
      summary.values.every((v) => v.value === null)
        ? `Reporting basis: — (no data for this ${unitWord})`
        : `Reporting basis: ${describeBasis(summary.basis, who)}`,
    sources: (summary) => `Source: ${summary.sources.map((id) => names.get(id) ?? id).join('; ') || '—'}`,
    crossing: (summary) => (data.crossings ? (ownValue(data.crossings, summary.period) ?? null) : null),
  };
}
