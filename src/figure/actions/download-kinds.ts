// What the Download menu offers, apart from the code that makes each download (./run-download.ts), so the menu
// can be drawn without loading that code: it is imported on the first click.
import { i18n } from '../../i18n/i18n';
export const DOWNLOAD_KINDS = [
  'csv',
  'csv-excel',
  'full-csv',
  'package',
  'png',
  'svg',
  'png-social',
  'png-square',
] as const;
export type DownloadKind = (typeof DOWNLOAD_KINDS)[number];

/** The menu's words for a kind, in the active language (a function: read when the menu is drawn). */
export function downloadLabel(kind: DownloadKind): string {
  switch (kind) {
    case 'csv':
      return i18n._({ id: 'download.csv', message: 'Data shown (CSV)' });
    case 'csv-excel':
      return i18n._({ id: 'download.csv-excel', message: 'Data shown, for Excel (CSV)' });
    case 'full-csv':
      return i18n._({ id: 'download.full-csv', message: 'Full dataset behind this chart (CSV)' });
    case 'package':
      return i18n._({ id: 'download.package', message: 'Data package (ZIP: CSVs, README, metadata)' });
    case 'png':
      return i18n._({ id: 'download.png', message: 'Image (PNG)' });
    case 'svg':
      return i18n._({ id: 'download.svg', message: 'Image (SVG)' });
    case 'png-social':
      return i18n._({ id: 'download.png-social', message: 'Social card (PNG, 1200×630)' });
    case 'png-square':
      return i18n._({ id: 'download.png-square', message: 'Square image (PNG, 1080×1080)' });
  }
}
