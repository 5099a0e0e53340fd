// Plain words for a reporting basis, naming the countries, e.g. "reported by China only".
import type { ReportingBasis } from '../../data/schema';
import { i18n } from '../../i18n/i18n';

export interface FlowParties {
  exporterName: string;
  importerName: string;
}

export function describeBasis(basis: ReportingBasis | null, parties: FlowParties): string {
  switch (basis) {
    case 'reconciled':
      return i18n._(
        { id: 'basis.both', message: 'reconciled from both {exporter}’s and {importer}’s declarations' },
        { exporter: parties.exporterName, importer: parties.importerName },
      );
    case 'exporter-reported':
      return i18n._(
        { id: 'basis.exporter', message: 'reported by {exporter} (the exporter) only' },
        { exporter: parties.exporterName },
      );
    case 'importer-reported':
      return i18n._(
        { id: 'basis.importer', message: 'reported by {importer} (the importer) only' },
        { importer: parties.importerName },
      );
    case 'estimate':
      return i18n._({ id: 'basis.estimate', message: 'an estimate' });
    case null:
      return i18n._({ id: 'basis.mixed', message: 'mixed or unknown' });
  }
}
