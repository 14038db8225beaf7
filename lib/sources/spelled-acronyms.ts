import { initials, nameWords } from './normalize-name';
import type { NameTie } from './source-ties';

// An all-capitals word of two to eight letters, as "the NRO said" uses it.
const acronym = /\b\p{Lu}{2,8}\b/gu;
// A run of two to ten capitalised words, with at most two small linking words between them.
const capitalisedRun = /\p{Lu}[\p{L}'’-]{0,40}(?: (?:(?:of|for|the|and|on) ){0,2}\p{Lu}[\p{L}'’-]{0,40}){1,9}/gu;
const maxAcronyms = 200;

/** Every run of consecutive words inside a capitalised run that starts and ends on a capital. */
function nameCandidates(run: string): string[] {
  // "the Northern Rights Observatory's count" names the same party as the plain form.
  const words = run.replace(/['’]s$/u, '').split(' ');
  const candidates: string[] = [];
  for (let from = 0; from < words.length; from++) {
    if (!/^\p{Lu}/u.test(words[from])) continue;
    for (let to = from + 2; to <= words.length; to++) {
      if (/^\p{Lu}/u.test(words[to - 1])) candidates.push(words.slice(from, to).join(' '));
    }
  }
  return candidates;
}

/**
 * Ties an acronym the text uses ("the NRO said") to the one name the text spells it out
 * with elsewhere ("the Northern Rights Observatory"), when the initials of that name's
 * capitalised words spell it. An acronym two different names spell stays untied.
 */
export function findSpelledAcronyms(text: string): NameTie[] {
  const acronyms = new Set<string>();
  for (const match of text.matchAll(acronym)) {
    if (acronyms.size >= maxAcronyms) break;
    acronyms.add(match[0]);
  }
  if (acronyms.size === 0) return [];
  const spelled = new Map<string, Set<string>>();
  for (const match of text.matchAll(capitalisedRun)) {
    for (const name of nameCandidates(match[0])) {
      const letters = initials(name);
      if (!acronyms.has(letters) || name === name.toUpperCase()) continue;
      const names = spelled.get(letters) ?? new Set<string>();
      // "The Northern Rights Observatory" and "Northern Rights Observatory" are one name.
      names.add(nameWords(name).join(' '));
      spelled.set(letters, names);
    }
  }
  return [...spelled].filter(([, names]) => names.size === 1).map(([short, names]): NameTie => [[...names][0], short]);
}
