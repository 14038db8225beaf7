import type { ExtractDocument } from './document';

/** Which third-person pronoun a person takes, as far as the text shows it. */
export type Gender = 'female' | 'male';

const femaleTitles = new Set(['mrs', 'ms', 'miss', 'madam', 'madame', 'lady', 'dame', 'queen', 'princess', 'sister']);
const maleTitles = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'father', 'brother']);
// A few common first names: enough to tell "Maria Kovacs" from "Peter Lind", never a guess for the rest.
const femaleNames = new Set([
  'mary', 'maria', 'anna', 'anne', 'ann', 'elizabeth', 'sarah', 'susan', 'linda', 'karen', 'nancy', 'lisa', 'laura', 'emma',
  'julia', 'jane', 'helen', 'hillary', 'angela', 'theresa', 'catherine', 'katherine', 'fatima', 'aisha', 'elena', 'olga',
  'sofia', 'sophie', 'marie', 'claire', 'rachel', 'rebecca', 'jennifer', 'jessica', 'emily', 'hannah', 'leila', 'nadia',
]);
const maleNames = new Set([
  'john', 'james', 'robert', 'michael', 'william', 'david', 'richard', 'joseph', 'thomas', 'charles', 'peter', 'paul',
  'mark', 'george', 'donald', 'barack', 'bernie', 'mohammed', 'muhammad', 'ahmed', 'ali', 'omar', 'hassan', 'ivan',
  'sergei', 'vladimir', 'pierre', 'juan', 'carlos', 'jose', 'luis', 'daniel', 'andrew', 'steven', 'kevin', 'brian', 'tom',
]);
const pronounGender: Record<string, Gender> = { she: 'female', her: 'female', hers: 'female', herself: 'female', he: 'male', him: 'male', his: 'male', himself: 'male' };
// How far after a name a pronoun may show whose it is ("Maria Kovacs said her team ...").
const pronounReach = 12;

/**
 * The gender of the person named by tokens `[first, last)`: from a title before or inside the
 * name (Mr., Mrs., Ms.), a common first name, or a he/she pronoun soon after it in the same
 * sentence with no other name between. Null when the text does not show it.
 */
export function personGender(doc: ExtractDocument, first: number, last: number): Gender | null {
  // The title stands right before the name, or before its dot ("Mrs. Poe"): in "the sister of Tom Lind" the sister is someone else.
  const title = doc.tokens[first - 1]?.text === '.' ? first - 2 : first - 1;
  for (let i = Math.max(0, title); i < last; i++) {
    const word = doc.tokens[i].lower;
    if (femaleTitles.has(word)) return 'female';
    if (maleTitles.has(word)) return 'male';
  }
  return nameGender(doc.tokens[first].text) ?? genderFromPronoun(doc, last);
}

/** The gender a name's title or first name shows ("Mrs. Poe", "Maria Kovacs"), or null. */
export function nameGender(name: string): Gender | null {
  const given = /^[\p{L}]+/u.exec(name)?.[0].toLowerCase() ?? '';
  if (femaleNames.has(given) || femaleTitles.has(given)) return 'female';
  return maleNames.has(given) || maleTitles.has(given) ? 'male' : null;
}

/** The gender of the first he/she/his/her within reach after token `from` in its sentence, before any other capitalised name. */
function genderFromPronoun(doc: ExtractDocument, from: number): Gender | null {
  const sentenceLast = doc.sentences[doc.sentenceOf[from - 1]].last;
  for (let i = from; i < Math.min(sentenceLast, from + pronounReach); i++) {
    const gender = pronounGender[doc.tokens[i].lower];
    if (gender) return gender;
    if (/^\p{Lu}\p{Ll}/u.test(doc.tokens[i].text) && doc.quotes[i] < 0) return null;
  }
  return null;
}

/** The gender a pronoun asks for ("he" -> male, "She" -> female), or null for any other word. */
export function pronounAsks(word: string): Gender | null {
  const lower = word.toLowerCase();
  return lower === 'he' || lower === 'she' ? pronounGender[lower] : null;
}
