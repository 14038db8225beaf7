import { actorTable } from './actors';
import { phraseAt } from './phrase-table';
import type { Mention } from './schema';
import { isCapitalised, isClauseBreak, quote, type Token } from './tokens';
import { monthIndex, weekdayIndex } from './calendar';

const locatives = new Set(['in', 'near', 'at', 'outside', 'around', 'from', 'of', 'into', 'towards', 'toward', 'inside']);
const connectors = new Set(['al', 'el', 'as', 'az', 'ad', 'ar', 'ash', 'de', 'la', 'bin', 'abu']);
const maxPlaceWords = 4;
// "as-Safa", "al-Bab": an Arabic article joined to a capitalised name.
const articlePrefixed = /^(?:al|el|as|az|ad|ar|ash|at)-\p{Lu}/u;

function placeEnd(tokens: Token[], from: number): number {
  let end = from - 1;
  for (let at = from; at < tokens.length && at < from + maxPlaceWords; at += 1) {
    const token = tokens[at];
    const joined = at > from && (connectors.has(token.lower) || articlePrefixed.test(token.text));
    if (isClauseBreak(token) || !(isCapitalised(token) || joined)) break;
    end = at;
  }
  while (end >= from && connectors.has(tokens[end].lower)) end -= 1;
  return end;
}

function isPlaceStart(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  if (!token || token.text.length < 2 || !isCapitalised(token) || phraseAt(tokens, index, actorTable)) return false;
  return monthIndex(token.lower) === null && weekdayIndex(token.lower) === null;
}

/** A place name reduced for comparison: case, possessive, diacritics and Arabic article prefixes dropped. */
export function placeKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/\b(?:al|el|as|az|ad|ar|at|ash)-/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// "of Syrian state media": a one-word nationality before a lowercase noun is an adjective, not a place.
function isDemonym(tokens: Token[], from: number, end: number): boolean {
  const next = tokens[end + 1];
  return from === end && /(?:ian|ish|ese|ean)$/u.test(tokens[from].lower) && !!next && /^\p{Ll}/u.test(next.text);
}

// In a headline set in title case every word is capitalised, so capitals say nothing about places.
function isTitleCase(tokens: Token[]): boolean {
  const words = tokens.filter((token) => /^\p{L}/u.test(token.text) && token.text.length > 3);
  return words.length >= 4 && words.filter(isCapitalised).length / words.length > 0.6;
}

/**
 * Every run of capitalised words (with Arabic-article connectors), as
 * comparison keys without repeats: "Haldera National Hospital" gives
 * "haldera national hospital". Single capitals at a sentence's start are skipped.
 */
export function readNames(tokens: Token[]): string[] {
  const names = new Set<string>();
  for (let index = 0; index < tokens.length; index += 1) {
    if (!isCapitalised(tokens[index]) || tokens[index].text.length < 2) continue;
    const end = placeEnd(tokens, index);
    const atStart = index === 0 || isClauseBreak(tokens[index - 1]);
    if (end >= index && !(atStart && end === index)) {
      names.add(placeKey(tokens.slice(index, end + 1).map((token) => token.text).join(' ')));
    }
    index = Math.max(index, end);
  }
  return [...names].filter((name) => name.length > 2);
}

/**
 * Place names the text gives after a locative word ("in Qamishli", "near Tal
 * Az-Zahab", "the village of Khirbet Ammu"), each with a comparison key.
 */
export function readPlaces(text: string, tokens: Token[]): Mention[] {
  const places: Mention[] = [];
  if (isTitleCase(tokens)) return places;
  for (let index = 0; index < tokens.length - 1; index += 1) {
    if (!locatives.has(tokens[index].lower)) continue;
    const from = tokens[index + 1]?.lower === 'the' ? index + 2 : index + 1;
    if (!isPlaceStart(tokens, from)) continue;
    const end = placeEnd(tokens, from);
    if (end < from || isDemonym(tokens, from, end)) continue;
    const name = quote(text, tokens, from, end).replace(/['’]s$/u, '');
    places.push({ key: placeKey(name), text: name });
    index = end;
  }
  return places;
}
