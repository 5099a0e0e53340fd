// Product names are English with HS punctuation ("Machines; for working metal, n.e.c."): a reader types
// words in any case, with or without accents, so both sides are folded the same way before matching.

/** No character beyond U+007F (written as a negated range: lint rejects a range from NUL). */
const ASCII = /^[^\u0080-\uffff]*$/;

/** Lower case, accents removed: "Crème" -> "creme". */
export function foldText(text: string): string {
  // Almost every HS name is plain ASCII: skip Unicode normalisation for those (it dominates index building).
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The words of a text: runs of letters and digits, folded ("n.e.c." gives "n", "e", "c"). */
export function tokenize(text: string): string[] {
  const folded = foldText(text);
  return (ASCII.test(folded) ? folded.match(/[a-z0-9]+/g) : folded.match(/[\p{L}\p{N}]+/gu)) ?? [];
}

/** A token made only of digits is read as the start of an HS code, not as a word. */
export function isCodeToken(token: string): boolean {
  return /^\d+$/.test(token);
}
