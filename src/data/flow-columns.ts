// The columns of a tidy flow file, in file order, without zod: downloads and importers use the list in the
// browser; schema.ts re-exports it next to the flowRow schema it describes.
export const FLOW_COLUMNS = [
  'period',
  'freq',
  'exporter',
  'importer',
  'product',
  'value',
  'currency',
  'quantity',
  'quantity_unit',
  'source',
  'basis',
] as const;
