import { fuzzyCoverage } from './fuzzy-coverage';
import type { Token } from './tokenize';

/** What the re-ranker knows of the query: its terms in order and which were names or numbers. */
export interface QueryProfile {
  terms: string[];
  unique: Set<string>;
  names: Set<string>;
  numbers: Set<string>;
  pairs: Set<string>;
  /** The query links a picture or video, as social posts do. */
  hasMedia: boolean;
  /** Terms that occur only in the name of the post's author, not in what it says. */
  posterOnly: Set<string>;
  /** The three rarest query terms, and the query's tf-idf vector and its length. */
  rarest: string[];
  vector: Map<string, number>;
  norm: number;
}

const mediaLink = /pic\.twitter\.com\/|\/photo\/|\/video\//i;
/** Stems of the words a fact-check uses when the claim is an image or a clip. */
const mediaTerms = new Set(['photo', 'photograph', 'pictur', 'imag', 'video', 'footag', 'meme', 'clip', 'pic']);

/**
 * A candidate as the first stage left it: its terms by field, its BM25F score
 * and rank, and how the other candidates resemble it (lib/search/neighbour-support.ts).
 */
export interface Candidate {
  text: string[];
  title: string[];
  score: number;
  rank: number;
  neighbours: [support: number, closest: number];
}

/** Feature names, in the order `candidateFeatures` returns them; the model file lists the same. */
export const featureNames = [
  'bm25Relative', 'bm25Log', 'reciprocalRank', 'queryCoverage', 'textCoverage', 'titleCoverage',
  'textPairs', 'titlePairs', 'numbersShared', 'numbersOnlyInDoc', 'namesCoverage', 'longestRun', 'docLength',
  'rarestShare', 'cosine', 'matchedIdf', 'unmatchedDocIdf', 'rareQueryTerms', 'docRarestInQuery', 'mediaMatch', 'posterOnlyShare',
  'fuzzyCoverage', 'neighbourSupport', 'neighbourClosest',
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

function termCounts(terms: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/** Builds the query side of the features from its raw text, its tokens and its posters' name tokens. */
export function profileQuery(text: string, tokens: Token[], posterTokens: Token[], idf: (term: string) => number): QueryProfile {
  const terms = tokens.map((token) => token.term);
  const all = termCounts(terms);
  const byPoster = termCounts(posterTokens.map((token) => token.term));
  const vector = weightedVector(terms, idf);
  return {
    rarest: [...all.keys()].sort((left, right) => idf(right) - idf(left)).slice(0, 3),
    vector,
    norm: vectorLength(vector),
    terms,
    unique: new Set(terms),
    names: new Set(tokens.filter((token) => token.capitalised).map((token) => token.term)),
    numbers: new Set(tokens.filter((token) => token.numeric).map((token) => token.term)),
    pairs: pairsOf(terms),
    hasMedia: mediaLink.test(text),
    posterOnly: new Set([...byPoster].filter(([term, count]) => all.get(term) === count).map(([term]) => term)),
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

/** Sums idf over unique terms that `inside` holds (or lacks, when `wanted` is false). */
function idfMass(terms: Iterable<string>, inside: Set<string>, wanted: boolean, idf: (term: string) => number): number {
  let mass = 0;
  for (const term of new Set(terms)) if (inside.has(term) === wanted) mass += idf(term);
  return mass;
}

/** The best idf among query terms the document holds, over the best idf of any query term. */
function rarestShare(query: QueryProfile, docTerms: Set<string>, idf: (term: string) => number): number {
  let best = 0;
  let matched = 0;
  for (const term of query.unique) {
    best = Math.max(best, idf(term));
    if (docTerms.has(term)) matched = Math.max(matched, idf(term));
  }
  return best === 0 ? 0 : matched / best;
}

/** Share of the query's three rarest terms that the document holds. */
function rareTermsHeld(query: QueryProfile, docTerms: Set<string>): number {
  const { rarest } = query;
  return rarest.length === 0 ? 0 : rarest.filter((term) => docTerms.has(term)).length / rarest.length;
}

/** Whether the document's rarest term appears in the query. */
function docRarestInQuery(docTerms: Set<string>, query: QueryProfile, idf: (term: string) => number): number {
  let rarest = '';
  for (const term of docTerms) if (rarest === '' || idf(term) > idf(rarest)) rarest = term;
  return query.unique.has(rarest) ? 1 : 0;
}

/** Share of the matched idf mass that comes from the author's name alone. */
function posterOnlyShare(query: QueryProfile, docTerms: Set<string>, idf: (term: string) => number): number {
  const matched = idfMass(query.unique, docTerms, true, idf);
  return matched === 0 ? 0 : idfMass(query.posterOnly, docTerms, true, idf) / matched;
}

function weightedVector(terms: string[], idf: (term: string) => number): Map<string, number> {
  const vector = new Map<string, number>();
  for (const term of terms) vector.set(term, (vector.get(term) ?? 0) + idf(term));
  return vector;
}

function vectorLength(vector: Map<string, number>): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  return Math.sqrt(sum);
}

/** Cosine of the tf-idf vectors of query and document. */
function cosine(query: QueryProfile, doc: string[], idf: (term: string) => number): number {
  const right = weightedVector(doc, idf);
  let dot = 0;
  for (const [term, weight] of right) dot += weight * (query.vector.get(term) ?? 0);
  const denominator = query.norm * vectorLength(right);
  return denominator === 0 ? 0 : dot / denominator;
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
    rarestShare(query, docTerms, idf),
    cosine(query, [...candidate.text, ...candidate.title], idf),
    Math.log1p(idfMass(query.unique, docTerms, true, idf)),
    Math.log1p(idfMass(docTerms, query.unique, false, idf)),
    rareTermsHeld(query, docTerms),
    docRarestInQuery(docTerms, query, idf),
    query.hasMedia && [...docTerms].some((term) => mediaTerms.has(term)) ? 1 : 0,
    posterOnlyShare(query, docTerms, idf),
    fuzzyCoverage(query.unique, docTerms, idf),
    ...candidate.neighbours,
  ];
}
