import { analyseText } from './analyze';
import { inverseDocumentFrequency, k1 } from './bm25';
import { posterNames } from './clean-social';
import { scoreSegment, type SegmentView } from './max-score';
import { candidateFeatures, profileQuery } from './rerank-features';
import { neighbourSupport } from './neighbour-support';
import { documentTerms, type Segment } from './segment';
import { splitRunTogetherTags } from './tag-words';
import { tokenize, type Token } from './tokenize';
import { TopK, type Hit } from './top-k';

/** A first-stage candidate with the re-ranker's features. */
export interface RankedCandidate {
  id: string;
  features: number[];
}

function documentFrequency(views: SegmentView[], term: string): number {
  let frequency = 0;
  for (const { segment } of views) {
    const id = segment.vocabulary.lookup(term);
    if (id >= 0) frequency += segment.termStarts[id + 1] - segment.termStarts[id];
  }
  return frequency;
}

/** Documents in all segments, deleted ones included until a merge, as idf counts them. */
function documentCount(views: SegmentView[]): number {
  return views.reduce((total, view) => total + view.deleted.length, 0);
}

/** idf by term across all segments, memoised for one query. */
function idfLookup(views: SegmentView[]): (term: string) => number {
  const documents = documentCount(views);
  const cache = new Map<string, number>();
  return (term) => {
    let idf = cache.get(term);
    if (idf === undefined) {
      idf = inverseDocumentFrequency(documents, documentFrequency(views, term));
      cache.set(term, idf);
    }
    return idf;
  };
}

function firstStage(views: SegmentView[], tokens: Token[], depth: number, idf: (term: string) => number): Hit[] {
  const results = new TopK(depth);
  // Each distinct term counts once: posts repeat words and tags for emphasis, not meaning.
  const distinct = new Set(tokens.map((token) => token.term));
  const terms = [...distinct].map((term) => ({ term, weight: idf(term) * (k1 + 1) }));
  views.forEach((view, index) => scoreSegment(index, view, terms, results));
  return results.sorted();
}

/**
 * The `depth` best BM25F candidates for the query across the segment views,
 * best first, each with its re-ranking features. Empty when nothing matches.
 */
export function rankCandidates(views: SegmentView[], query: string, depth: number): RankedCandidate[] {
  const frequency = (term: string) => documentFrequency(views, term);
  const tokens = splitRunTogetherTags(analyseText(query), query, frequency, documentCount(views));
  const idf = idfLookup(views);
  const hits = firstStage(views, tokens, depth, idf);
  const posters = posterNames(query).flatMap((name) => tokenize(name));
  const profile = profileQuery(query, tokens, posters, idf);
  const topScore = hits[0]?.score ?? 0;
  const fields = hits.map((hit) => candidateFields(views[hit.view].segment, hit.ordinal));
  const neighbours = neighbourSupport(fields.map(({ text, title }, rank) => ({ terms: [...text, ...title], score: hits[rank].score })), idf);
  return hits.map((hit, rank) => {
    const candidate = { ...fields[rank], score: hit.score, rank, neighbours: neighbours[rank] };
    return { id: views[hit.view].segment.docIds[hit.ordinal], features: candidateFeatures(profile, candidate, topScore, idf) };
  });
}

function candidateFields(segment: Segment, ordinal: number): { text: string[]; title: string[] } {
  const terms = documentTerms(segment, ordinal);
  const termAt = (id: number) => segment.vocabulary.termAt(id);
  return { text: terms.text.map(termAt), title: terms.title.map(termAt) };
}
