import { paragraphOf, splitSentences, type TokenRange } from './sentences';
import { quoteRegions } from './quotes';
import { tokenCodes, type TokenCodes } from './token-codes';
import { tokenize, type Token } from './tokenize';

/** A text read once into the structures every extraction step shares. */
export interface ExtractDocument {
  text: string;
  tokens: Token[];
  paragraphs: number[];
  sentences: TokenRange[];
  /** Index into `sentences` of each token. */
  sentenceOf: Int32Array;
  /** Opening-mark index of the quotation each token sits in, or -1. */
  quotes: Int32Array;
  /** 1 for each sentence that holds a quotation mark, else 0. */
  quotedSentences: Uint8Array;
  /** Hashed word, stem, shape and suffix of each token, for the taggers' features. */
  codes: TokenCodes;
}

/** Tokenises a text and finds its paragraphs, sentences and quotations, and hashes its tokens, all in linear passes. */
export function readDocument(text: string): ExtractDocument {
  const tokens = tokenize(text);
  const paragraphs = paragraphOf(text, tokens);
  const sentences = splitSentences(tokens, paragraphs);
  const sentenceOf = new Int32Array(tokens.length);
  sentences.forEach((sentence, index) => sentenceOf.fill(index, sentence.first, sentence.last));
  const quotes = quoteRegions(text, tokens, paragraphs);
  const quotedSentences = new Uint8Array(sentences.length);
  quotes.forEach((region, i) => {
    if (region >= 0) quotedSentences[sentenceOf[i]] = 1;
  });
  return { text, tokens, paragraphs, sentences, sentenceOf, quotes, quotedSentences, codes: tokenCodes(tokens) };
}
