// What both peer pages share: the same files the embed reads for this chart, and the "drawn" signal the
// benchmark waits for.
export const FLOWS_URL = '/data/flows/baci_chpl.csv';
export const CONCORDANCE_URL = '/data/concordance.csv';
export const CHART_HEIGHT = 360;

/** Marks the chart as drawn (the benchmark's stop signal). */
export function markDrawn(): void {
  document.body.dataset.drawn = '1';
}

export function chartWidth(element: HTMLElement): number {
  return Math.max(320, Math.floor(element.getBoundingClientRect().width));
}
