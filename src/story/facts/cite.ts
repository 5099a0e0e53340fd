// Published figures cited in prose, with the qualifier they were published with ("about", "over").
import type { HeadlineFigure } from '../../data/schema';
import { usd } from './format';
import { parseHeadlineValue } from '../../data/headline-value';

const QUALIFIER =
  /^(~|about|around|approximately|over|more than|almost|nearly|under|less than|at least|up to)\s*/i;

/** "$179 m", "about $400 m", "over $500 m", "about 90%"; several numbers are quoted as published. */
export function citedValue(figure: HeadlineFigure): string {
  const parsed = parseHeadlineValue(figure);
  if (parsed.kind === 'multiple' || parsed.kind === 'unreadable' || parsed.number === null) {
    return `“${figure.value}” (${figure.unit})`;
  }
  const written = QUALIFIER.exec(figure.value.trim())?.[1] ?? '';
  const qualifier = written === '~' ? 'about ' : written ? `${written.toLowerCase()} ` : '';
  if (parsed.usd !== null) return `${qualifier}${usd(parsed.usd)}`;
  if (figure.unit === 'percent') return `${qualifier}${parsed.number}%`;
  return `${qualifier}${parsed.number} ${figure.unit}`;
}

/** "Hong Kong's semiconductor/IC exports to Russia (2022): about $400 m, according to Carnegie (...)." */
export function citeSentence(figure: HeadlineFigure): string {
  return `${figure.claim} (${figure.period.replace('..', ' to ')}): ${citedValue(figure)}, according to ${figure.source_as_attributed}.`;
}

/** How our value compares with a published one, in words; within 10% counts as close. */
export function compareWords(ours: number, published: number): string {
  const ratio = ours / published;
  if (ratio > 0.9 && ratio < 1.1) return 'close to';
  return ratio > 1 ? 'well above' : 'well below';
}
