import type { Flow } from './schema';

/** A flow's shape as text: "CHN-RUS" (exporter-importer) or "RUS:imports" (reporter:direction). Its URL form too. */
export function flowKey(flow: Flow): string {
  return flow.kind === 'bilateral'
    ? `${flow.exporter}-${flow.importer}`
    : `${flow.reporter}:${flow.direction}`;
}
