// The floor: the same chart (China -> Russia CHPL exports by tier, 2017-2023, six lines) from the same two CSVs,
// with no library at all: split lines, sum by year and tier, write SVG paths, year labels and a tier legend.
// What any page drawing this chart must at least do; the other contenders are measured against it.
import { CHART_HEIGHT, chartWidth, CONCORDANCE_URL, FLOWS_URL, markDrawn } from './shared';

const TIERS = ['1', '2', '3.A', '3.B', '4.A', '4.B'];
const COLOURS = ['#4269d0', '#efb118', '#ff725c', '#6cc5b0', '#3ca951', '#ff8ab7'];
const MARGIN = { top: 10, right: 60, bottom: 24, left: 50 };

const element = document.getElementById('chart') as HTMLElement;
const lines = async (url: string) => (await (await fetch(url)).text()).split('\n').slice(1);
const [flows, concordance] = await Promise.all([lines(FLOWS_URL), lines(CONCORDANCE_URL)]);

// concordance.csv: hs6_2022,hs6_2017,tier come before its one quoted column (note), so a plain split is exact
// for them; a quoted note's continuation line has no tier and is dropped by the check.
const tierOf = new Map<string, string>();
for (const line of concordance) {
  const [, hs2017, tier] = line.split(',', 3);
  if (hs2017 && tier && TIERS.includes(tier)) tierOf.set(hs2017, tier);
}
// baci_chpl.csv has no quotes: period,freq,exporter,importer,product,value,...
const sums = new Map<string, number>();
const periods = new Set<string>();
for (const line of flows) {
  const [period, , exporter, importer, product, value] = line.split(',', 6);
  const tier = tierOf.get(product ?? '');
  if (exporter !== 'CHN' || importer !== 'RUS' || !tier || !period) continue;
  periods.add(period);
  const key = `${tier}|${period}`;
  sums.set(key, (sums.get(key) ?? 0) + Number(value));
}

const years = [...periods].sort();
const width = chartWidth(element);
const max = Math.max(...sums.values());
const x = (i: number) =>
  MARGIN.left + (i * (width - MARGIN.left - MARGIN.right)) / Math.max(1, years.length - 1);
const y = (v: number) =>
  CHART_HEIGHT - MARGIN.bottom - (v / max) * (CHART_HEIGHT - MARGIN.top - MARGIN.bottom);
const paths = TIERS.map((tier, t) => {
  const d = years.map(
    (year, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(sums.get(`${tier}|${year}`) ?? 0).toFixed(1)}`,
  );
  const last = y(sums.get(`${tier}|${years.at(-1)}`) ?? 0);
  return (
    `<path d="${d.join('')}" fill="none" stroke="${COLOURS[t]}" stroke-width="1.5"/>` +
    `<text x="${width - MARGIN.right + 4}" y="${last.toFixed(1)}" dy="0.32em" font-size="11">Tier ${tier}</text>`
  );
});
const labels = years.map(
  (year, i) =>
    `<text x="${x(i).toFixed(1)}" y="${CHART_HEIGHT - 6}" text-anchor="middle" font-size="11">${year}</text>`,
);
const zero = `<line x1="${MARGIN.left}" x2="${width - MARGIN.right}" y1="${y(0)}" y2="${y(0)}" stroke="currentColor"/>`;
const top = `<text x="${MARGIN.left - 4}" y="${y(max)}" dy="0.32em" text-anchor="end" font-size="11">${(max / 1e9).toFixed(1)}B</text>`;
element.innerHTML =
  `<svg width="${width}" height="${CHART_HEIGHT}" viewBox="0 0 ${width} ${CHART_HEIGHT}" role="img" ` +
  `aria-label="China's exports to Russia of CHPL goods by tier, ${years[0]}-${years.at(-1)}">` +
  `${zero}${top}${labels.join('')}${paths.join('')}</svg>`;
markDrawn();
