// The words of a shared chart's link preview, which the build writes once per language (scripts/prerender/):
// the card's alt text, the story timeline card's subtitle, and the share page's own line. Here, in the later
// catalogue (lingui.config.ts), because no page or embed shows them: only the build and link previews read them.
import { i18n } from '../i18n/i18n';

/** A chart card's alt text (og:image:alt) and the share page's description. */
export function chartCardAlt(title: string, subtitle: string): string {
  return i18n._({ id: 'card.alt', message: 'Chart: {title}. {subtitle}' }, { title, subtitle }).trim();
}

/** The timeline card's subtitle: how many events, over which years. */
export function timelineCardSubtitle(count: number, first: string, last: string): string {
  return i18n._(
    { id: 'card.timeline-subtitle', message: '{count} dated events, {first}–{last}' },
    { count, first, last },
  );
}

/** The timeline card's alt text. */
export function timelineCardAlt(title: string, subtitle: string): string {
  return i18n._(
    { id: 'card.timeline-alt', message: 'Timeline: {title}. {subtitle}, by kind of event.' },
    { title, subtitle },
  );
}

/** The share page's link for a reader whose browser does not follow its refresh. */
export function openChartIn(app: string): string {
  return i18n._({ id: 'card.open-chart', message: 'Open the chart in the {app}' }, { app });
}
