/** Words too common in news prose to suggest two sentences are about the same thing. */
const commonWords = new Set([
  'about', 'after', 'also', 'been', 'before', 'being', 'were', 'what', 'when', 'where', 'which', 'while', 'with',
  'would', 'could', 'should', 'their', 'there', 'these', 'those', 'they', 'them', 'then', 'than', 'that', 'this',
  'from', 'have', 'into', 'more', 'most', 'other', 'over', 'said', 'says', 'some', 'such', 'under', 'very', 'will',
  'your', 'only', 'just', 'like', 'made', 'make', 'many', 'much', 'because', 'during', 'since', 'until',
]);

/** The distinctive words of a text: lower case, four letters or more, common words left out. */
export function distinctiveWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}]{4,40}/gu)) {
    if (!commonWords.has(match[0])) words.add(match[0]);
  }
  return words;
}

/** A word found in more texts than this says little about any pair of them, and would make pairing quadratic. */
const maxTextsPerWord = 64;

/**
 * For each text, the indices of the other texts sharing at least `minShared`
 * distinctive words with it. Built through an inverted list whose longest lists
 * are left out, so a long page costs about its number of word occurrences, not
 * the square of its claims.
 */
export function overlappingTexts(texts: readonly string[], minShared: number): number[][] {
  return overlappingSets(texts.map(distinctiveWords), minShared);
}

/**
 * For each set of keys, the indices of the other sets sharing at least
 * `minShared` keys with it; a key held by more than 64 sets is left out.
 */
export function overlappingSets(wordSets: ReadonlyArray<ReadonlySet<string>>, minShared: number): number[][] {
  const postings = new Map<string, number[]>();
  wordSets.forEach((words, index) => {
    for (const word of words) {
      const list = postings.get(word);
      if (list) list.push(index);
      else postings.set(word, [index]);
    }
  });
  return wordSets.map((words, index) => {
    const shared = new Map<number, number>();
    for (const word of words) {
      const others = postings.get(word) ?? [];
      if (others.length > maxTextsPerWord) continue;
      for (const other of others) {
        if (other !== index) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    return [...shared].filter(([, count]) => count >= minShared).map(([other]) => other);
  });
}
