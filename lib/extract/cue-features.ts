import type { ExtractDocument } from './document';
import { shape, stem } from './word-shape';

const quoteMarks = new Set(['“', '”', '"', '«', '»']);

function neighbour(doc: ExtractDocument, i: number, sentenceFirst: number, sentenceLast: number): string {
  if (i < sentenceFirst) return '<s>';
  if (i >= sentenceLast) return '</s>';
  const token = doc.tokens[i];
  return quoteMarks.has(token.text) ? 'Q' : token.lower;
}

function neighbourShape(word: string): string {
  return word === 'Q' || word.startsWith('<') ? word : shape(word);
}

/**
 * Features of token `i` for the cue tagger: the word, its stem and shape, its neighbours,
 * whether it sits in or beside a quotation, and the tag given to the token before it.
 * Each feature names at most one word of the text.
 */
export function cueFeatures(doc: ExtractDocument, i: number, previousTag: string): string[] {
  const token = doc.tokens[i];
  const sentence = doc.sentences[doc.sentenceOf[i]];
  const word = token.lower;
  const quoted = doc.quotes[i] >= 0 ? 'q' : 'n';
  const p1 = neighbour(doc, i - 1, sentence.first, sentence.last);
  const n1 = neighbour(doc, i + 1, sentence.first, sentence.last);
  const stemmed = stem(word);
  return [
    'b',
    `w=${word}`,
    `st=${stemmed}`,
    `sh=${shape(token.text)}`,
    `s3=${word.slice(-3)}`,
    `p1=${p1}`,
    `p2=${neighbour(doc, i - 2, sentence.first, sentence.last)}`,
    `n1=${n1}`,
    `n2=${neighbour(doc, i + 2, sentence.first, sentence.last)}`,
    `q=${quoted}`,
    `qst=${quoted}|${stemmed}`,
    `pt=${previousTag}`,
    `ptst=${previousTag}|${stemmed}`,
    `p1sh=${neighbourShape(p1)}|${stemmed}`,
    `n1sh=${neighbourShape(n1)}|${stemmed}`,
    `first=${i === sentence.first}|${stemmed}`,
  ];
}
