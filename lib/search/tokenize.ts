import { stopwords } from './stopwords';
import { porterStem } from './porter-stemmer';

/** A word of a text as the index sees it. */
export interface Token {
  /** Stemmed, lowercase, accent-free form used as the index term. */
  term: string;
  /** The word began with a capital letter and did not open a sentence. */
  capitalised: boolean;
  /** The word is a number (digits, with thousands separators removed). */
  numeric: boolean;
}

const wordPattern = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[.,][\p{N}]+)*/gu;
/** "U.S." and "US" are the country, not the pronoun the stopword list drops. */
const countryAbbreviations = new Map([['u.s.', 'usa'], ['u.s.a.', 'usa'], ['US', 'usa'], ['u.k.', 'uk']]);
const combiningMarks = /[\u0300-\u036f]/g;
const apostrophes = /['\u2019](?:s|t|re|ve|ll|d|m)\b/giu;
const maxTermLength = 40;
/**
 * Number words become digits, so "two killed" meets "2 killed" and "ten times"
 * meets "10x". "One" stays a word: it is more often a pronoun than a count.
 */
const numberWords = new Map(
  'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((word, index) => [word, String(index + 2)] as [string, string])
    .concat([['thirty', '30'], ['forty', '40'], ['fifty', '50'], ['sixty', '60'], ['seventy', '70'], ['eighty', '80'], ['ninety', '90'], ['hundred', '100'], ['thousand', '1000']]),
);

function foldWord(word: string): string {
  const lower = word.toLowerCase();
  return /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize('NFKD').replace(combiningMarks, '');
}

/** Stems repeat across a corpus; remembering them makes indexing several times faster. */
const stemCache = new Map<string, string>();
const stemCacheLimit = 200_000;

function cachedStem(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    if (stemCache.size >= stemCacheLimit) stemCache.clear();
    stem = porterStem(word);
    stemCache.set(word, stem);
  }
  return stem;
}

/** Cheap pre-check: an ASCII letter cannot start a number. */
function startsLikeNumber(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 0x41 || code > 0x7a || (code > 0x5a && code < 0x61);
}

function normaliseNumber(word: string): string {
  return word.replace(/,(?=\d{3}\b)/g, '').replace(/[.,]$/, '');
}

function opensSentence(text: string, offset: number): boolean {
  for (let index = offset - 1; index >= 0 && index > offset - 6; index -= 1) {
    const char = text[index];
    if (/[.!?\n"“]/.test(char)) return true;
    if (!/\s/.test(char)) return false;
  }
  return offset < 6;
}

/**
 * Splits text into index tokens: Unicode words, lowercased and accent-folded,
 * possessive and contraction endings dropped, stopwords removed, English words
 * Porter-stemmed. Returns tokens in text order (possibly none).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const prepared = text.replace(apostrophes, '');
  for (const match of prepared.matchAll(wordPattern)) {
    const surface = match[0];
    const abbreviation = surface.length <= 6 ? (countryAbbreviations.get(surface) ?? countryAbbreviations.get(surface.toLowerCase())) : undefined;
    if (abbreviation !== undefined) {
      tokens.push({ term: abbreviation, capitalised: true, numeric: false });
      continue;
    }
    const numeric = startsLikeNumber(surface) && /^[\p{N}.,]+$/u.test(surface);
    const folded = numeric ? normaliseNumber(surface) : foldWord(surface.includes('.') ? surface.replace(/\./g, '') : surface);
    if (folded.length === 0 || folded.length > maxTermLength || stopwords.has(folded)) continue;
    const numberWord = numberWords.get(folded);
    if (numberWord !== undefined) {
      tokens.push({ term: numberWord, capitalised: false, numeric: true });
      continue;
    }
    const first = surface[0];
    const capitalised = first !== first.toLowerCase() && !opensSentence(prepared, match.index);
    tokens.push({ term: numeric ? folded : cachedStem(folded), capitalised, numeric });
  }
  return tokens;
}
