// Published headline figures (headline_figures.csv) as cited marks beside our own values. Only annual, single,
// plain money figures qualify (see data/headline-value.ts); the others are cited in the story's text.
import { i18n } from '../../i18n/i18n';
import type { ReferenceMark } from '../../charts/kit/types';
import { formatUsdShort } from '../../charts/kit/format';
import { noteFigures, parseHeadlineValue } from '../../data/headline-value';
import { isPublisherPage } from '../../data/publisher-link';
import type { HeadlineFigure } from '../../data/schema';
import { markClaim } from './claim-words';

const YEAR = /^\d{4}$/;

/** Tooltip text and whether the link is a secondary report (each mark names its publisher). */
function citation(
  figure: HeadlineFigure,
  period: string,
  value: number,
): Pick<ReferenceMark, 'title' | 'secondary'> {
  const secondary = !isPublisherPage(figure.source_as_attributed, figure.url);
  // The claim and its publisher are quoted as published (English), marked so in Chinese and Russian; the claim is
  // followed by the project's translation there (./claim-words.ts).
  const values = {
    claim: markClaim(figure),
    period,
    value: formatUsdShort(value),
    source: figure.source_as_attributed,
  };
  return {
    title: secondary
      ? i18n._(
          {
            id: 'marks.title-secondary',
            message: '{claim}, {period}: {value}, published by {source} (link: a secondary report)',
          },
          values,
        )
      : i18n._({ id: 'marks.title', message: '{claim}, {period}: {value}, published by {source}' }, values),
    secondary,
  };
}

function mark(
  figure: HeadlineFigure,
  id: string,
  period: string,
  value: number,
  seriesKey?: string,
): ReferenceMark {
  return {
    id,
    period,
    value,
    label: i18n._({ id: 'marks.published', message: 'Published: {value}' }, { value: formatUsdShort(value) }),
    sourceTitle: figure.source_as_attributed,
    url: figure.url,
    ...citation(figure, period, value),
    ...(seriesKey === undefined ? {} : { seriesKey }),
  };
}

/** The figure as a mark on `seriesKey`, or null when it cannot be plotted as a single annual value. */
export function referenceMarkOf(figure: HeadlineFigure, seriesKey?: string): ReferenceMark | null {
  const parsed = parseHeadlineValue(figure);
  if (parsed.kind !== 'exact' || parsed.usd === null || !YEAR.test(figure.period)) return null;
  return mark(figure, figure.id, figure.period, parsed.usd, seriesKey);
}

/** The same report's figures for other years, given in the note ("Same article: 2021 = $74M"). */
export function noteReferenceMarks(figure: HeadlineFigure, seriesKey?: string): ReferenceMark[] {
  return noteFigures(figure.note)
    .filter((entry) => entry.period !== figure.period)
    .map((entry) => mark(figure, `${figure.id}-note-${entry.period}`, entry.period, entry.usd, seriesKey));
}

/** Every plottable mark of the listed figures, in order; figures missing from the file are skipped. */
export function referenceMarks(
  headlines: readonly HeadlineFigure[],
  wanted: readonly { id: string; seriesKey?: string }[],
): ReferenceMark[] {
  return wanted.flatMap(({ id, seriesKey }) => {
    const figure = headlines.find((row) => row.id === id);
    if (!figure) return [];
    const main = referenceMarkOf(figure, seriesKey);
    return main ? [main, ...noteReferenceMarks(figure, seriesKey)] : [];
  });
}
