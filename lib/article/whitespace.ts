/**
 * Whitespace as HTML collapses it (every control character counts), plus the
 * no-break and other Unicode spaces news sites use: a RegExp character class body.
 */
export const spaceClass = '\\x00-\\x20\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';

/** {@link spaceClass} without the plain space, which needs no collapsing between two words. */
export const spaceClassButPlainSpace = spaceClass.replace('\\x20', '\\x1f');

/** Characters a reader never sees and the text drops: soft hyphen, zero-width space/joiners, word joiner. */
export const invisibleClass = '\\u00ad\\u200b-\\u200d\\u2060';

/**
 * Whitespace other than one plain space between words: the only places where
 * collapsing changes anything. Scanning for these with the native RegExp engine,
 * rather than looping over every character, keeps the page's first call fast
 * while its JavaScript still runs unoptimised.
 */
const irregularSpace = new RegExp(`[${spaceClass}]{2,}|[${spaceClassButPlainSpace}]`, 'g');

/** Text statistics for scoring a paragraph. */
export interface TextMeasure {
  /** Length once whitespace runs count one and leading whitespace none. */
  chars: number;
  commas: number;
}

/** Collapsed length and comma count of a text node's data. */
export function measureText(data: string): TextMeasure {
  let chars = data.length;
  let leadingCounted = false;
  irregularSpace.lastIndex = 0;
  for (let run = irregularSpace.exec(data); run; run = irregularSpace.exec(data)) {
    leadingCounted ||= run.index === 0;
    chars -= run.index === 0 ? run[0].length : run[0].length - 1;
  }
  // A lone plain space opening the text is leading whitespace too; one closing it counts as its run.
  if (!leadingCounted && data.charCodeAt(0) === 32) chars -= 1;
  let commas = 0;
  for (let comma = data.indexOf(','); comma !== -1; comma = data.indexOf(',', comma + 1)) commas += 1;
  return { chars, commas };
}
