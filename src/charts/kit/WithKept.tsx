import { activeLocale } from '../../i18n/i18n';

/**
 * A translated line with the codes it quotes (file names, a data version's hash, a reader's error) in a span not to
 * translate, so that a translation tool leaves them alone and the untranslated-text check knows them for codes
 * rather than English. Chinese and Russian only: English shows the line as one text, as it always has.
 */
export function WithKept({ text, kept }: { text: string; kept: readonly string[] }) {
  const codes = kept.filter((code) => code !== '' && text.includes(code));
  if (activeLocale() === 'en' || codes.length === 0) return text;
  const escape = (code: string) => code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Longest first, so that a code quoting another (a reason naming a file) is kept whole.
  const pattern = new RegExp(
    `(${[...codes]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|')})`,
  );
  return text.split(pattern).map((part, i) =>
    i % 2 === 1 ? (
      <span key={i} translate="no">
        {part}
      </span>
    ) : (
      part
    ),
  );
}
