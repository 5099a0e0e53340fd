// Published figures drawn beside our own values. Only annual, single, plain money figures qualify (see
// headline-value.ts); the others are cited in the text.
import type { ReferenceMark } from '../../charts/spec-chart/types';
import { isPublisherPage } from '../../data/publisher-link';
import type { HeadlineFigure } from '../../data/schema';
import { usd } from './format';
import { noteFigures, parseHeadlineValue } from './headline-value';

const YEAR = /^\d{4}$/;

export function findHeadline(headlines: readonly HeadlineFigure[], id: string): HeadlineFigure | undefined {
  return headlines.find((row) => row.id === id);
}

/** Tooltip text and whether the link is a secondary report (item 5 of issue 10: each mark names its publisher). */
function citation(
  figure: HeadlineFigure,
  period: string,
  value: number,
): Pick<ReferenceMark, 'title' | 'secondary'> {
  const secondary = !isPublisherPage(figure.source_as_attributed, figure.url);
  return {
    title:
      `${figure.claim}, ${period}: ${usd(value)}, published by ${figure.source_as_attributed}` +
      (secondary ? ' (link: a secondary report)' : ''),
    secondary,
  };
}

/** The figure as a mark on `seriesKey`, or null when it cannot be plotted as a single annual value. */
export function referenceMarkOf(figure: HeadlineFigure, seriesKey?: string): ReferenceMark | null {
  const parsed = parseHeadlineValue(figure);
  if (parsed.kind !== 'exact' || parsed.usd === null || !YEAR.test(figure.period)) return null;
  return {
    id: figure.id,
    period: figure.period,
    value: parsed.usd,
    label: `Published: ${usd(parsed.usd)}`,
    sourceTitle: figure.source_as_attributed,
    url: figure.url,
    ...citation(figure, figure.period, parsed.usd),
    ...(seriesKey === undefined ? {} : { seriesKey }),
  };
}

/** The same report's figures for other years, given in the note ("Same article: 2021 = $74M"). */
export function noteReferenceMarks(figure: HeadlineFigure, seriesKey?: string): ReferenceMark[] {
  return noteFigures(figure.note)
    .filter((entry) => entry.period !== figure.period)
    .map((entry) => ({
      id: `${figure.id}-note-${entry.period}`,
      period: entry.period,
      value: entry.usd,
      label: `Published: ${usd(entry.usd)}`,
      sourceTitle: figure.source_as_attributed,
      url: figure.url,
      ...citation(figure, entry.period, entry.usd),
      ...(seriesKey === undefined ? {} : { seriesKey }),
    }));
}

/** Every plottable mark of the listed figures, in order; figures missing from the file are skipped. */
export function referenceMarks(
  headlines: readonly HeadlineFigure[],
  wanted: readonly { id: string; seriesKey?: string }[],
): ReferenceMark[] {
  return wanted.flatMap(({ id, seriesKey }) => {
    const figure = findHeadline(headlines, id);
    if (!figure) return [];
    const main = referenceMarkOf(figure, seriesKey);
    return main ? [main, ...noteReferenceMarks(figure, seriesKey)] : [];
  });
}
