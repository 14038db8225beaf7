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

/** Below this length a loop over the characters beats starting the RegExp engine (menus are full of such text). */
const shortText = 32;

/** Collapsed length and comma count of a text node's data. */
export function measureText(data: string): TextMeasure {
  return data.length < shortText ? measureByLoop(data) : measureByScan(data);
}

function measureByScan(data: string): TextMeasure {
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

function measureByLoop(data: string): TextMeasure {
  let chars = 0;
  let commas = 0;
  let inSpace = true;
  for (let i = 0; i < data.length; i++) {
    const code = data.charCodeAt(i);
    if (isSpaceCode(code)) {
      if (!inSpace) chars += 1;
      inSpace = true;
    } else {
      chars += 1;
      inSpace = false;
      if (code === 44) commas += 1;
    }
  }
  return { chars, commas };
}

/** The characters of {@link spaceClass}, by code. */
function isSpaceCode(code: number): boolean {
  if (code <= 32) return true;
  if (code < 160) return false;
  return (
    code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 ||
    code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}
