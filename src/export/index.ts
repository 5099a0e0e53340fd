export { SERIES_FIELDS, SERIES_COLUMNS, FLOW_FIELDS, type FieldDef } from './columns';
export { plainNumber, neutraliseFormula, toCsv, type CsvCell, type CsvOptions } from './csv-format';
export { seriesToCsv, flowRowsToCsv, sourcesOfSeries, type SeriesCsvInput } from './csv';
export { seriesContext, type DescribeSeries, type SeriesContext } from './series-context';
export { provenanceOf, withChartSources, type Provenance } from './provenance';
export { buildReadme, type ChartDescription } from './readme';
export { buildDatapackage, type DataPackageDescriptor } from './datapackage';
export {
  buildDataPackage,
  dataPackageBlob,
  dataPackageFiles,
  PACKAGE_FILES,
  type DataPackageInput,
} from './package';
export { exportFileName, slugify } from './file-name';
export { chartUrl } from './chart-url';
export {
  buildStandaloneSvg,
  downloadBlob,
  svgToPngBlob,
  LIGHT_THEME,
  type ImageTheme,
  type StandaloneSvg,
  type StandaloneSvgInput,
} from './image';
export { EXPORT_IGNORE_ATTRIBUTE } from './svg-styles';
export {
  composeFigureSvg,
  FIGURE_SIZES,
  type ComposedFigure,
  type FigureInput,
  type FigureSize,
} from './figure-svg';
