// What the Download menu offers, apart from the code that makes each download (./run-download.ts), so the menu
// can be drawn without loading that code: it is imported on the first click.
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

export const DOWNLOAD_LABELS: Readonly<Record<DownloadKind, string>> = {
  csv: 'Data shown (CSV)',
  'csv-excel': 'Data shown, for Excel (CSV)',
  'full-csv': 'Full dataset behind this chart (CSV)',
  package: 'Data package (ZIP: CSVs, README, metadata)',
  png: 'Image (PNG)',
  svg: 'Image (SVG)',
  'png-social': 'Social card (PNG, 1200×630)',
  'png-square': 'Square image (PNG, 1080×1080)',
};
