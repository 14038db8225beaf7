import type { ExtractDocument } from './document';

// Page labels that a colon follows without anyone speaking: "Update: ...", "Analysis: ...".
const labels = new Set([
  'update', 'updated', 'warning', 'analysis', 'note', 'notes', 'opinion', 'exclusive', 'breaking', 'watch', 'listen', 'live',
  'explainer', 'factbox', 'timeline', 'background', 'context', 'disclaimer', 'disclosure', 'source', 'sources',
  'credit', 'credits', 'related', 'advertisement', 'sponsored', 'tags', 'topics', 'published', 'posted', 'editor',
  "editor's", 'editors', "editors'", 'fact', 'correction', 'clarification', 'photo', 'video', 'image', 'map', 'graphic',
  'email', 'e-mail', 'contact', 'tips', 'read', 'more', 'audio', 'podcast', 'newsletter',
]);

/** Whether a word is a page label a colon may follow ("UPDATE:", "Correction:"), in any case. */
export function isPageLabel(word: string): boolean {
  return labels.has(word.toLowerCase());
}

/**
 * True when the cue `[first, last)` is the colon after a page label opening its sentence
 * ("Update: The ministry said ...", "Editor's note: ..."), which introduces a notice or a
 * section, not anyone's words.
 */
export function isNoticeLabelColon(doc: ExtractDocument, first: number, last: number): boolean {
  if (last - first !== 1 || doc.tokens[first].text !== ':') return false;
  const sentenceFirst = doc.sentences[doc.sentenceOf[first]].first;
  return first - sentenceFirst >= 1 && first - sentenceFirst <= 2 && isPageLabel(doc.tokens[sentenceFirst].text);
}
