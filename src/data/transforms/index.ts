export { TransformError, type TransformErrorCode } from './errors';
export { shareOf } from './share-of';
export { indexTo, type IndexToReason, type IndexToResult } from './index-to';
export { yearOverYear } from './year-over-year';
export { rollingSum } from './rolling-sum';
export { yearToDate } from './year-to-date';
export { unitValue } from './unit-value';
export { selectionTotal } from './selection-total';
