// The words under a value in tooltips and tables: who declared it and where it comes from.
import type { ManifestSource } from '../../data/schema';
import { describeBasis } from './basis-text';
import type { TooltipText } from '../kit/ChartTooltip';
import type { SpecChartData } from './types';
import { ownValue } from '../../spec/own';
import { i18n } from '../../i18n/i18n';
import { shortPartyName } from '../kit/party-names';

/** The world is not a declarant: only the named parties (and codes as they are). */
const nameOf = (code: string) => (code === 'G001' ? code : (shortPartyName(code) ?? code));

/** "CEPII BACI" from publisher "CEPII" and title "BACI: international trade database ...". */
export function shortSourceName(source: ManifestSource): string {
  const name = source.title.split(':')[0] ?? source.title;
  return name.startsWith(source.publisher) ? name : `${source.publisher} ${name}`;
}

function parties(data: SpecChartData) {
  const { flow } = data.spec;
  if (flow.kind === 'bilateral') {
    return {
      exporterName: nameOf(flow.exporter),
      importerName: nameOf(flow.importer),
    };
  }
  const reporter = nameOf(flow.reporter);
  const partner = i18n._({ id: 'party.partner', message: 'the partner' });
  return flow.direction === 'exports'
    ? { exporterName: reporter, importerName: partner }
    : { exporterName: partner, importerName: reporter };
}

export function tooltipText(data: SpecChartData): TooltipText {
  const names = new Map(data.sources.map((s) => [s.id, shortSourceName(s)]));
  const who = parties(data);
  const monthly = data.periods[0]?.length === 7;
  return {
    basis: (summary) => {
      if (summary.values.some((v) => v.value !== null)) {
        const basis = describeBasis(summary.basis, who);
        return i18n._({ id: 'tip.basis', message: 'Reporting basis: {basis}' }, { basis });
      }
      return monthly
        ? i18n._({ id: 'tip.basis-none-m', message: 'Reporting basis: — (no data for this month)' })
        : i18n._({ id: 'tip.basis-none-y', message: 'Reporting basis: — (no data for this year)' });
    },
    sources: (summary) => {
      const sources = summary.sources.map((id) => names.get(id) ?? id).join('; ') || '—';
      return i18n._({ id: 'chart.source', message: 'Source: {sources}' }, { sources });
    },
    crossing: (summary) => (data.crossings ? (ownValue(data.crossings, summary.period) ?? null) : null),
  };
}
