import { actorTable } from './actors';
import { phraseAt } from './phrase-table';
import type { Mention } from './schema';
import { isCapitalised, isClauseBreak, quote, type Token } from './tokens';
import { monthIndex, weekdayIndex } from './calendar';

const locatives = new Set(['in', 'near', 'at', 'outside', 'around', 'from', 'of', 'into', 'towards', 'toward', 'inside']);
const connectors = new Set(['al', 'el', 'as', 'az', 'ad', 'ar', 'ash', 'de', 'la', 'bin', 'abu', 'and']);
const maxPlaceWords = 4;

function placeEnd(tokens: Token[], from: number): number {
  let end = from - 1;
  for (let at = from; at < tokens.length && at < from + maxPlaceWords; at += 1) {
    const token = tokens[at];
    if (isClauseBreak(token) || !(isCapitalised(token) || (at > from && connectors.has(token.lower)))) break;
    end = at;
  }
  while (end >= from && connectors.has(tokens[end].lower)) end -= 1;
  return end;
}

function isPlaceStart(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  if (!token || !isCapitalised(token) || phraseAt(tokens, index, actorTable)) return false;
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

/**
 * Place names the text gives after a locative word ("in Qamishli", "near Tal
 * Az-Zahab", "the village of Khirbet Ammu"), each with a comparison key.
 */
export function readPlaces(text: string, tokens: Token[]): Mention[] {
  const places: Mention[] = [];
  for (let index = 0; index < tokens.length - 1; index += 1) {
    if (!locatives.has(tokens[index].lower)) continue;
    const from = tokens[index + 1]?.lower === 'the' ? index + 2 : index + 1;
    if (!isPlaceStart(tokens, from)) continue;
    const end = placeEnd(tokens, from);
    if (end < from) continue;
    const name = quote(text, tokens, from, end);
    places.push({ key: placeKey(name), text: name });
    index = end;
  }
  return places;
}
