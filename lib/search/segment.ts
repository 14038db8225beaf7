import type { AnalysedDoc } from './analyze';
import { lengthNorm, textWeightHalves, titleWeightHalves, weightedLength } from './bm25';
import { ByteReader, ByteWriter } from './byte-codec';
import { Vocabulary } from './vocabulary';

/**
 * An immutable slice of the index: postings (doc ordinals ascending, with the
 * field-weighted term frequency in halves, one byte each), the documents' term
 * sequences for re-ranking, and their ids. Deletions live outside, as
 * tombstones, so a stored segment never changes.
 */
export interface Segment {
  id: number;
  vocabulary: Vocabulary;
  termStarts: Uint32Array;
  postingDocs: Uint32Array;
  postingFrequencies: Uint8Array;
  docIds: string[];
  textLengths: Uint16Array;
  titleLengths: Uint16Array;
  /** Each document's term ids, text then title, as varints. */
  forward: Uint8Array;
  forwardStarts: Uint32Array;
}

/** The vocabulary, and while building, a hash map from term to id (faster than binary search, dropped after). */
function vocabularyOf(docs: AnalysedDoc[]): { vocabulary: Vocabulary; ids: Map<string, number> } {
  const terms = new Set<string>();
  for (const doc of docs) {
    for (const term of doc.text) terms.add(term);
    for (const term of doc.title) terms.add(term);
  }
  const vocabulary = Vocabulary.fromTerms([...terms]);
  const ids = new Map<string, number>();
  for (let id = 0; id < vocabulary.size; id += 1) ids.set(vocabulary.termAt(id), id);
  return { vocabulary, ids };
}

/** Field-weighted frequencies of one document's terms, keyed by term id. */
function weightedFrequencies(doc: AnalysedDoc, ids: Map<string, number>): Map<number, number> {
  const frequencies = new Map<number, number>();
  const count = (terms: string[], weight: number) => {
    for (const term of terms) {
      const id = ids.get(term) ?? 0;
      frequencies.set(id, Math.min(255, (frequencies.get(id) ?? 0) + weight));
    }
  };
  count(doc.text, textWeightHalves);
  count(doc.title, titleWeightHalves);
  return frequencies;
}

function forwardIndex(docs: AnalysedDoc[], ids: Map<string, number>): { forward: Uint8Array; starts: Uint32Array } {
  const writer = new ByteWriter();
  const starts = new Uint32Array(docs.length + 1);
  docs.forEach((doc, ordinal) => {
    starts[ordinal] = writer.size;
    for (const term of doc.text) writer.uint(ids.get(term) ?? 0);
    for (const term of doc.title) writer.uint(ids.get(term) ?? 0);
  });
  starts[docs.length] = writer.size;
  return { forward: writer.finish(), starts };
}

function postingsOf(docs: AnalysedDoc[], vocabulary: Vocabulary, ids: Map<string, number>) {
  const perDoc = docs.map((doc) => weightedFrequencies(doc, ids));
  const termStarts = new Uint32Array(vocabulary.size + 1);
  for (const frequencies of perDoc) for (const id of frequencies.keys()) termStarts[id + 1] += 1;
  for (let id = 0; id < vocabulary.size; id += 1) termStarts[id + 1] += termStarts[id];
  const cursor = termStarts.slice(0, vocabulary.size);
  const postingDocs = new Uint32Array(termStarts[vocabulary.size]);
  const postingFrequencies = new Uint8Array(postingDocs.length);
  perDoc.forEach((frequencies, ordinal) => {
    for (const [id, frequency] of frequencies) {
      postingDocs[cursor[id]] = ordinal;
      postingFrequencies[cursor[id]] = frequency;
      cursor[id] += 1;
    }
  });
  return { termStarts, postingDocs, postingFrequencies };
}

/** Builds a segment from analysed documents; ordinals follow the array's order. */
export function buildSegment(id: number, docs: AnalysedDoc[]): Segment {
  const { vocabulary, ids } = vocabularyOf(docs);
  const { forward, starts } = forwardIndex(docs, ids);
  return {
    id,
    vocabulary,
    ...postingsOf(docs, vocabulary, ids),
    docIds: docs.map((doc) => doc.id),
    textLengths: Uint16Array.from(docs, (doc) => doc.text.length),
    titleLengths: Uint16Array.from(docs, (doc) => doc.title.length),
    forward,
    forwardStarts: starts,
  };
}

/** The term ids of one document, split into its text and title fields. */
export function documentTerms(segment: Segment, ordinal: number): { text: number[]; title: number[] } {
  const reader = new ByteReader(segment.forward.subarray(segment.forwardStarts[ordinal], segment.forwardStarts[ordinal + 1]));
  const terms: number[] = [];
  while (!reader.atEnd()) terms.push(reader.uint());
  const textLength = segment.textLengths[ordinal];
  return { text: terms.slice(0, textLength), title: terms.slice(textLength) };
}

/** Rebuilds a document's analysed form from the segment, with no access to its original words. */
export function analysedDocAt(segment: Segment, ordinal: number): AnalysedDoc {
  const { text, title } = documentTerms(segment, ordinal);
  const { vocabulary } = segment;
  return { id: segment.docIds[ordinal], text: text.map((id) => vocabulary.termAt(id)), title: title.map((id) => vocabulary.termAt(id)) };
}

/** BM25's length normaliser of each document, for the index's frozen average length. */
export function lengthNorms(segment: Segment, averageLength: number): Float32Array {
  return Float32Array.from(segment.textLengths, (textLength, ordinal) =>
    lengthNorm(weightedLength(textLength, segment.titleLengths[ordinal]), averageLength),
  );
}

/** The largest saturated frequency tf/(tf+K) of each term in this segment: MaxScore's bound. */
export function maxImpacts(segment: Segment, norms: Float32Array): Float32Array {
  const bounds = new Float32Array(segment.vocabulary.size);
  for (let id = 0; id < bounds.length; id += 1) {
    let best = 0;
    for (let posting = segment.termStarts[id]; posting < segment.termStarts[id + 1]; posting += 1) {
      const frequency = segment.postingFrequencies[posting] / 2;
      best = Math.max(best, frequency / (frequency + norms[segment.postingDocs[posting]]));
    }
    // Float32 storage may round down; the bound must never be below a real impact.
    bounds[id] = best * (1 + 1e-6);
  }
  return bounds;
}
