// Plain words for a reporting basis, naming the countries, e.g. "reported by China only".
import type { ReportingBasis } from '../../data/schema';

export interface FlowParties {
  exporterName: string;
  importerName: string;
}

export function describeBasis(basis: ReportingBasis | null, parties: FlowParties): string {
  switch (basis) {
    case 'reconciled':
      return `reconciled from both ${parties.exporterName}’s and ${parties.importerName}’s declarations`;
    case 'exporter-reported':
      return `reported by ${parties.exporterName} (the exporter) only`;
    case 'importer-reported':
      return `reported by ${parties.importerName} (the importer) only`;
    case 'estimate':
      return 'an estimate';
    case null:
      return 'mixed or unknown';
  }
}
