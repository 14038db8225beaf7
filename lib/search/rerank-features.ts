import type { Token } from './tokenize';

/** What the re-ranker knows of the query: its terms in order and which were names or numbers. */
export interface QueryProfile {
  terms: string[];
  unique: Set<string>;
  names: Set<string>;
  numbers: Set<string>;
  pairs: Set<string>;
}

/** A candidate as the first stage left it: its terms by field, its BM25F score and rank. */
export interface Candidate {
  text: string[];
  title: string[];
  score: number;
  rank: number;
}

/** Feature names, in the order `candidateFeatures` returns them; the model file lists the same. */
export const featureNames = [
  'bm25Relative', 'bm25Log', 'reciprocalRank', 'queryCoverage', 'textCoverage', 'titleCoverage',
  'textPairs', 'titlePairs', 'numbersShared', 'numbersOnlyInDoc', 'namesCoverage', 'longestRun', 'docLength',
] as const;

/** Adjacent and one-apart term pairs: word order that survives a dropped stopword. */
function pairsOf(terms: string[]): Set<string> {
  const pairs = new Set<string>();
  for (let index = 0; index + 1 < terms.length; index += 1) {
    pairs.add(`${terms[index]} ${terms[index + 1]}`);
    if (index + 2 < terms.length) pairs.add(`${terms[index]} ${terms[index + 2]}`);
  }
  return pairs;
}

/** Builds the query side of the features from its tokens. */
export function profileQuery(tokens: Token[]): QueryProfile {
  const terms = tokens.map((token) => token.term);
  return {
    terms,
    unique: new Set(terms),
    names: new Set(tokens.filter((token) => token.capitalised).map((token) => token.term)),
    numbers: new Set(tokens.filter((token) => token.numeric).map((token) => token.term)),
    pairs: pairsOf(terms),
  };
}

/** idf-weighted share of `terms` (unique) that `inside` holds; 0 for no terms. */
function coverage(terms: Iterable<string>, inside: Set<string>, idf: (term: string) => number): number {
  let total = 0;
  let covered = 0;
  for (const term of new Set(terms)) {
    const weight = idf(term);
    total += weight;
    if (inside.has(term)) covered += weight;
  }
  return total === 0 ? 0 : covered / total;
}

function pairShare(terms: string[], queryPairs: Set<string>): number {
  const pairs = [...pairsOf(terms)];
  return pairs.length === 0 ? 0 : pairs.filter((pair) => queryPairs.has(pair)).length / pairs.length;
}

/** Longest run of consecutive document terms that also runs consecutively in the query, over the doc's length. */
function longestRun(terms: string[], query: string[]): number {
  let best = 0;
  const previous = new Array<number>(query.length + 1).fill(0);
  for (const term of terms) {
    for (let index = query.length; index >= 1; index -= 1) {
      previous[index] = query[index - 1] === term ? previous[index - 1] + 1 : 0;
      best = Math.max(best, previous[index]);
    }
  }
  return terms.length === 0 ? 0 : best / terms.length;
}

/**
 * The re-ranker's features of one candidate for one query, in `featureNames`
 * order. `topScore` is the best first-stage score of the query's candidates.
 */
export function candidateFeatures(query: QueryProfile, candidate: Candidate, topScore: number, idf: (term: string) => number): number[] {
  const docTerms = new Set([...candidate.text, ...candidate.title]);
  const docNumbers = [...docTerms].filter((term) => /^\d/.test(term));
  const sharedNumbers = docNumbers.filter((term) => query.numbers.has(term)).length;
  return [
    topScore > 0 ? candidate.score / topScore : 0,
    Math.log1p(candidate.score),
    1 / (1 + candidate.rank),
    coverage(query.unique, docTerms, idf),
    coverage(candidate.text, query.unique, idf),
    coverage(candidate.title, query.unique, idf),
    pairShare(candidate.text, query.pairs),
    pairShare(candidate.title, query.pairs),
    Math.min(sharedNumbers, 3),
    docNumbers.length > sharedNumbers ? 1 : 0,
    coverage(query.names, docTerms, idf),
    longestRun(candidate.text, query.terms),
    Math.log1p(candidate.text.length + candidate.title.length),
  ];
}
