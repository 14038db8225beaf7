import type { Token } from './tokens';

/** A phrase found in the tokens: the key it stands for and the tokens it spans. */
export interface PhraseHit {
  key: string;
  from: number;
  to: number;
}

/** Phrases indexed by their first word, longest first, for a linear scan. */
export type PhraseTable = Map<string, Array<{ words: string[]; key: string }>>;

/** Builds a table from `key: ['phrase one', 'phrase two']` lists (lower case, words split on spaces). */
export function phraseTable(entries: Record<string, string[]>): PhraseTable {
  const table: PhraseTable = new Map();
  for (const [key, phrases] of Object.entries(entries)) {
    for (const phrase of phrases) {
      const words = phrase.split(' ');
      const list = table.get(words[0]) ?? [];
      list.push({ words, key });
      table.set(words[0], list);
    }
  }
  for (const list of table.values()) list.sort((a, b) => b.words.length - a.words.length);
  return table;
}

/** The phrase of the table that starts at `index`, longest first; null when none does. */
export function phraseAt(tokens: Token[], index: number, table: PhraseTable): PhraseHit | null {
  const candidates = table.get(tokens[index]?.lower ?? '');
  if (!candidates) return null;
  for (const { words, key } of candidates) {
    if (words.every((word, offset) => tokens[index + offset]?.lower === word)) {
      return { key, from: index, to: index + words.length - 1 };
    }
  }
  return null;
}

/** Every non-overlapping phrase of the table in the tokens, left to right. */
export function findPhrases(tokens: Token[], table: PhraseTable): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const hit = phraseAt(tokens, index, table);
    if (hit) {
      hits.push(hit);
      index = hit.to;
    }
  }
  return hits;
}
