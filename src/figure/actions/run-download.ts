// Makes and saves one download. The export code (CSV writer, zip, SVG/PNG) is imported on first use, so a page
// that only shows charts never pays for it.
import { ensureCatalogue } from '../../i18n/i18n';
import { LATER_CATALOGUE } from '../../i18n/later-catalogue';
import type { SpecChartData } from '../../charts/spec-chart/types';
import type { Manifest } from '../../data/schema';
import type { ImageTheme } from '../../export';
import type { FigureSize } from '../../export/figure-svg';
import type { DownloadKind } from './download-kinds';
import { figureInputOf } from './figure-input';

export { DOWNLOAD_KINDS, downloadLabel, type DownloadKind } from './download-kinds';

export interface DownloadContext {
  data: SpecChartData;
  manifest: Manifest;
  svg: SVGSVGElement | null;
  /** The address that reproduces the chart (written into the package README). */
  chartUrl: string;
  /** The page's colours, so an image exported from a dark embed stays legible. */
  theme?: ImageTheme;
}

type ExportModule = typeof import('../../export');

const CSV_TYPE = 'text/csv;charset=utf-8';

function seriesInput(ctx: DownloadContext) {
  return { series: ctx.data.series, spec: ctx.data.spec, manifest: ctx.manifest };
}

function fileName(exp: ExportModule, ctx: DownloadContext, extension: string, suffix = ''): string {
  const title = `${ctx.data.title}${suffix}`;
  return exp.exportFileName({ title, spec: ctx.data.spec, dataVersion: ctx.data.dataVersion, extension });
}

function composedFigure(exp: ExportModule, ctx: DownloadContext, size: FigureSize) {
  const svg = ctx.svg;
  if (!svg) throw new Error('the chart is not drawn yet');
  return exp.composeFigureSvg(
    figureInputOf({ data: ctx.data, svg, chartUrl: ctx.chartUrl, size, theme: ctx.theme }),
  );
}

async function makeFile(
  exp: ExportModule,
  kind: DownloadKind,
  ctx: DownloadContext,
): Promise<[Blob, string]> {
  switch (kind) {
    case 'csv':
    case 'csv-excel': {
      const text = exp.seriesToCsv(seriesInput(ctx), { bom: kind === 'csv-excel' });
      const suffix = kind === 'csv-excel' ? ' excel' : '';
      return [new Blob([text], { type: CSV_TYPE }), fileName(exp, ctx, 'csv', suffix)];
    }
    case 'full-csv':
      return [
        new Blob([exp.flowRowsToCsv(ctx.data.flowRows)], { type: CSV_TYPE }),
        fileName(exp, ctx, 'csv', ' full dataset'),
      ];
    case 'package': {
      const chart = {
        title: ctx.data.title,
        subtitle: ctx.data.subtitle,
        url: ctx.chartUrl,
        notes: [...ctx.data.notices, ...(ctx.data.hsNotes ?? [])],
      };
      const blob = exp.dataPackageBlob({
        ...seriesInput(ctx),
        chart,
        fullRows: ctx.data.flowRows,
        filePaths: ctx.data.filePaths,
      });
      return [blob, fileName(exp, ctx, 'zip')];
    }
    case 'svg': {
      const image = composedFigure(exp, ctx, 'shown');
      return [new Blob([image.svg], { type: 'image/svg+xml' }), fileName(exp, ctx, 'svg')];
    }
    case 'png': {
      const image = composedFigure(exp, ctx, 'shown');
      return [await exp.svgToPngBlob(image.svg, image.width, image.height, 2), fileName(exp, ctx, 'png')];
    }
    case 'png-social':
    case 'png-square': {
      // Cards are made at their exact pixel size: that is what social sites ask for.
      const size = kind === 'png-social' ? 'social' : 'square';
      const image = composedFigure(exp, ctx, size);
      const png = await exp.svgToPngBlob(image.svg, image.width, image.height, 1);
      return [png, fileName(exp, ctx, 'png', ` ${size}`)];
    }
  }
}

export async function runDownload(kind: DownloadKind, ctx: DownloadContext): Promise<string> {
  // The README's and images' words are in the later catalogue (lingui.config.ts): they load with the export code.
  const [exp] = await Promise.all([import('../../export'), ensureCatalogue(LATER_CATALOGUE)]);
  // A chart of a reader's own file names a source the published manifest lacks.
  const manifest = exp.withChartSources(ctx.manifest, ctx.data);
  const [blob, name] = await makeFile(exp, kind, { ...ctx, manifest });
  exp.downloadBlob(blob, name);
  return name;
}

/** The colours of the page around the chart, read from its CSS custom properties. */
export function pageImageTheme(element: Element = document.documentElement): ImageTheme | undefined {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(name).trim();
  const [background, text, muted] = [read('--bg'), read('--text'), read('--muted')];
  return background && text && muted ? { background, text, muted } : undefined;
}
