import { cleanSocialText } from './clean-social';
import { tokenize, type Token } from './tokenize';

/** A document to index: a known claim's words and, when it has one, a headline. */
export interface SearchDoc {
  id: string;
  text: string;
  title?: string;
}

/** A document reduced to index terms, field by field, in text order. */
export interface AnalysedDoc {
  id: string;
  text: string[];
  title: string[];
}

/** A claim is a sentence or two; longer input is cut here so hostile text cannot bloat the index or stall a query. */
export const maxCharactersPerField = 20_000;
/** Terms kept per field after analysis. */
export const maxTermsPerField = 1000;

/** Returns the index terms of a text (its first 20,000 characters): cleaned of links and handles, tokenised, stemmed. */
export function analyseText(text: string): Token[] {
  return tokenize(cleanSocialText(text.slice(0, maxCharactersPerField))).slice(0, maxTermsPerField);
}

/** Reduces a document to its index terms (the text and title fields kept apart). */
export function analyseDoc(doc: SearchDoc): AnalysedDoc {
  return {
    id: doc.id,
    text: analyseText(doc.text).map((token) => token.term),
    title: analyseText(doc.title ?? '').map((token) => token.term),
  };
}
