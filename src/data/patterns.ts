// The code and period patterns of the data contract, without zod: schema.ts builds its zod checks from these,
// and the zod-free readers (URL specs on the main thread, CSV rows in the worker) test with the same ones.

export const HS6_PATTERN = /^\d{6}$/;
export const HS6_MESSAGE = 'expected a 6-digit HS code with leading zeros';

/** Annual "2023" or monthly "2023-04" (ISO 8601 calendar periods). */
export const PERIOD_PATTERN = /^\d{4}(-(0[1-9]|1[0-2]))?$/;
export const PERIOD_MESSAGE = 'expected YYYY or YYYY-MM';

/** ISO 3166 alpha-3 for countries; upper-case codes such as EU27, WLD for aggregates. */
export const PARTNER_CODE_PATTERN = /^[A-Z0-9_]{3,8}$/;
export const PARTNER_CODE_MESSAGE = 'expected an ISO3 or aggregate partner code';

/** events.csv `kind`: a binding measure, non-binding guidance, a statement (positions, visits, votes), an event. */
export const EVENT_KINDS = ['measure', 'guidance', 'statement', 'event'] as const;

/**
 * events.csv `label_on`: the charts on which an event is labelled directly (the rest are grouped under one
 * marker). `all` = every chart whose range holds it; the others name what a chart shows (spec/event-topics.ts).
 */
export const EVENT_LABEL_TOPICS = ['all', 'chpl', 'eu', 'russia-imports', 'china-totals'] as const;
const TOPIC = `(${EVENT_LABEL_TOPICS.join('|')})`;
export const EVENT_LABEL_ON_PATTERN = new RegExp(`^${TOPIC}( ${TOPIC})*$`);
export const EVENT_LABEL_ON_MESSAGE = `expected chart topics separated by spaces: ${EVENT_LABEL_TOPICS.join(', ')}`;

/** A CHPL name's source (chpl.csv name_source): the project's own translation, or the tariff's address. */
export const CHPL_NAME_SOURCE_PATTERN = /^(project-translation|https:\/\/\S+)$/;
export const CHPL_NAME_SOURCE_MESSAGE = 'expected project-translation or an https:// address';
