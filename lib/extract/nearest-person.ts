import { personName } from '../sources/normalize-name';
import type { ExtractDocument } from './document';
import { courtesyTitles } from './titles';
import { personGender, pronounAsks } from './person-gender';

// How far back a pronoun may look for the person it stands for.
const reach = 120;
const capitalisedWord = /^\p{Lu}[\p{L}.'’-]*$/u;

/** The start of a person named by tokens `[first, last)`: `first`, the title of "Mrs. Poe", or -1 when the run names no person. */
function personStart(doc: ExtractDocument, first: number, last: number): number {
  if (last - first === 1 && first >= 2 && doc.tokens[first - 1].text === '.' && courtesyTitles.has(doc.tokens[first - 2].lower)) return first - 2;
  if (last - first < 2) return -1;
  const name = personName(doc.text.slice(doc.tokens[first].start, doc.tokens[last - 1].end));
  return name !== null && name.includes(' ') ? first : -1;
}

/**
 * The nearest person named before token `i` (two to four capitalised words that read as
 * a person's name, with any title before it: "Colonel Myles Caggins", or a title and a surname:
 * "Mrs. Poe"), or null within the reach. When token `i` is "he" or "she", a person the text
 * shows to take the other pronoun (by title, first name or an earlier pronoun) is passed over.
 */
export function nearestPersonBefore(doc: ExtractDocument, i: number): string | null {
  const wanted = pronounAsks(doc.tokens[i]?.lower ?? '');
  let last = i;
  for (let t = i - 1; t >= Math.max(0, i - reach); t--) {
    const capitalised = capitalisedWord.test(doc.tokens[t].text);
    if (capitalised && t > 0) continue;
    const first = capitalised ? t : t + 1;
    const start = last > first ? personStart(doc, first, last) : -1;
    if (start >= 0) {
      const gender = wanted && personGender(doc, first, last);
      if (!gender || gender === wanted) return doc.text.slice(doc.tokens[start].start, doc.tokens[last - 1].end);
    }
    last = t;
  }
  return null;
}
