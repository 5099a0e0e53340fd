// Selectors from the DOM contract between the app and these tests.
export const CHPL_TIERS = ['1', '2', '3.A', '3.B', '4.A', '4.B'];
export const BACI_YEARS = ['2017', '2018', '2019', '2020', '2021', '2022', '2023'];

export const chartFigure = (chartId: string) => `figure[data-chart-id="${chartId}"]`;
export const readyChart = (chartId: string) => `${chartFigure(chartId)}[data-state="ready"]`;
export const CHART_READY_TIMEOUT_MS = 30_000;
