// Download file names: the chart's title as a slug, then the data version, so two downloads of different data
// never share a name ("chinas-exports-to-russia-by-chpl-tier-19328fea8939.png").
import type { ChartSpec } from '../spec';

const MAX_SLUG_LENGTH = 60;

/** Lower-case ASCII words joined by hyphens; apostrophes vanish ("China’s" -> "chinas"). */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘`]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/** A name for a chart with no title: its dataset, measure and transform ("baci-hs6-value-absolute"). */
export function specSlug(spec: ChartSpec): string {
  return slugify(`${spec.dataset} ${spec.measure} ${spec.transform.kind}`);
}

export interface FileNameInput {
  title?: string;
  spec?: ChartSpec;
  dataVersion: string;
  /** Without the dot: "csv", "zip", "png", "svg". */
  extension: string;
}

export function exportFileName({ title, spec, dataVersion, extension }: FileNameInput): string {
  const base = (title && slugify(title)) || (spec && specSlug(spec)) || 'chart';
  const version = slugify(dataVersion);
  return `${base}${version ? `-${version}` : ''}.${extension}`;
}
