import { initials, isCapitalised } from './normalize-name';

/** Two names the text itself says are one party: "Long Name (ACRONYM)", "X, known as Y". */
export type NameTie = [string, string];

// A capitalised name of up to ten words (small linking words allowed) right before "(ACRONYM)".
const definition = /((?:[\p{Lu}][\p{L}'’.-]{0,40}[ –]{1,3}(?:(?:of|for|the|and|on|al)[ –]{1,3}){0,2}){1,10})\(([\p{Lu}][\p{Lu}\d/-]{1,14})[,)]/gu;
// "the US-led coalition, known as Operation Inherent Resolve": the tie named outright.
const knownAs = /\b[Tt]he ([\p{L}-]{2,30}(?: [\p{L}-]{2,30}){0,2}),? (?:(?:also )?known as|also called|officially named|which calls itself|operating as) ((?:[\p{Lu}][\p{L}'’-]{0,30}[ –-]{0,3}){1,8})/gu;
// "the US-led coalition (CJTF-GS)": a described force or mission with its acronym in brackets.
const describedAcronym = /\b[Tt]he ((?:[\p{L}-]{2,30} ){0,2}(?:coalition|alliance|task force|mission)) \(([\p{Lu}][\p{Lu}\d/-]{1,14})\)/gu;

// "Operation Inherent Resolve, as the coalition is formally known": the name comes first, found by walking back.
const asKnown = /,? as the ([\p{L}-]{2,30}(?: [\p{L}-]{2,30}){0,2}) is (?:formally |officially |also |better |widely )?(?:known|called)\b/gu;
const nameWord = /^(?:\p{Lu}[\p{L}'’.-]{0,40}|of|for|the|and|on|al|[–-])$/u;
const longestTiedName = 10;

// "On Monday (AFP)", "KESSAL, May 21 (Reuters)": a date before a wire's credit, not a name and its acronym.
const notNames = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;
const wireCredits = /^(?:AFP|AP|UPI|DPA|EFE|ANSA|PTI|IANS)$/;

function trimName(name: string): string {
  return name.replace(/[\s–-]+$/u, '').trim();
}

/** The capitalised name that ends right before `end` in `text` ("Combined Joint Task Force – Operation Inherent Resolve"), or null. */
function nameBefore(text: string, end: number): string | null {
  const words = text.slice(Math.max(0, end - 300), end).split(/\s+/);
  const name: string[] = [];
  while (words.length > 0 && name.length < longestTiedName && nameWord.test(words[words.length - 1])) name.unshift(words.pop() as string);
  while (name.length > 0 && !/^\p{Lu}/u.test(name[0])) name.shift();
  // One capitalised word may only open its sentence ("Critics, as the coalition is called"); an acronym is a name.
  const named = name.length > 1 || /^\p{Lu}[\p{Lu}\d-]+$/u.test(name[0] ?? '');
  return named ? trimName(name.join(' ')) : null;
}

/**
 * Finds the places where a text ties two names of one party: a name followed by its
 * acronym in brackets (also "the US-led coalition (CJTF-GS)"), a description "known as" a
 * name, or a name "as the coalition is formally known". Each match is bounded, so the scan stays linear in the text.
 */
export function findNameTies(text: string): NameTie[] {
  const ties: NameTie[] = [];
  for (const match of text.matchAll(definition)) {
    const long = trimName(match[1]);
    const short = match[2].split('/')[0];
    const words = long.split(/\s+/);
    // Keep only the words whose initials spell the acronym, so "On Monday the Syrian ..." is not swallowed;
    // failing that the last word alone, unless it is a date before a wire's credit.
    for (let from = 0; from < words.length; from++) {
      const candidate = words.slice(from).join(' ');
      const spells = initials(candidate) === short.replace(/[-\d]/g, '');
      const lastWord = from === words.length - 1 && !wireCredits.test(short) && !notNames.test(candidate);
      if (isCapitalised(words[from]) && (spells || lastWord)) {
        ties.push([candidate, short]);
        break;
      }
    }
  }
  for (const match of text.matchAll(knownAs)) ties.push([trimName(match[1]), trimName(match[2])]);
  for (const match of text.matchAll(describedAcronym)) ties.push([match[1], match[2].split('/')[0]]);
  for (const match of text.matchAll(asKnown)) {
    const name = nameBefore(text, match.index);
    if (name) ties.push([match[1], name]);
  }
  return ties;
}
