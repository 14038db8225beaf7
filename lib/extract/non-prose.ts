import type { ExtractDocument } from './document';

const sentenceEnds = new Set(['.', '!', '?', '”', '"', ':', '’', ')']);
const closingQuotes = new Set(['”', '"', '’', "'"]);
const boilerplateStarts = /^(?:by|read|related|see|photo|image|picture|caption|file|credit|watch|listen|follow|sign|subscribe|share|advertisement|copyright|more)$/;
// A photo credit in brackets closes a caption: "... in Hamra on Tuesday. (Photo: Valley Courier)".
const creditWords = /^(?:photo|photograph|image|picture|credit|file|getty|afp|reuters|ap)$/;
const creditName = /^(?:\p{Lu}[\p{L}.'’-]*|\/|&|\.)$/u;
const bioJobs = /^(?:reporter|correspondent|editor|writer|journalist|columnist|contributor|producer|fellow|author)s?$/;
// Labels that open a caption of any length: "Photo: ..., which officials said began ...".
const captionLabels = /^(?:photo|photograph|image|picture|pictured|caption|video|graphic|map)$/;
// A correction notice speaks of the article, not of the events: "An earlier version of this story said ...".
const correctionLabels = /^(?:correction|corrections|clarification)$/;
const earlierVersion = /^an earlier version of (?:this|the) (?:article|story|report|post|piece)\b/;

/** A bracketed credit closing a caption: "(Photo: Valley Courier)", or agency and photographer, "(Valley Wire/Lena Ortiz)". */
function endsWithCredit(doc: ExtractDocument, first: number, last: number): boolean {
  if (doc.tokens[last - 1].text !== ')') return false;
  let slash = false;
  let namesOnly = true;
  for (let i = last - 2; i > first && i >= last - 10; i--) {
    const text = doc.tokens[i].text;
    if (text === '(') return (slash && namesOnly) || creditWords.test(doc.tokens[i + 1].lower);
    slash ||= text === '/';
    namesOnly &&= creditName.test(text);
  }
  return false;
}

/** A caption or correction notice by its opening label ("Photo:", "Correction:") or a correction's stock words. */
function opensWithNoticeLabel(doc: ExtractDocument, first: number, last: number): boolean {
  const label = doc.tokens[first].lower;
  if (doc.tokens[first + 1]?.text === ':' && (captionLabels.test(label) || correctionLabels.test(label))) return true;
  const opening = doc.text.slice(doc.tokens[first].start, doc.tokens[Math.min(last, first + 8) - 1].end).toLowerCase();
  return earlierVersion.test(opening);
}

/** `,”`: a quotation closed by a comma is how prose, not a headline, hands over to its speaker. */
function closesQuoteWithComma(doc: ExtractDocument, first: number, last: number): boolean {
  for (let i = first + 1; i < last; i++) if (doc.tokens[i - 1].text === ',' && closingQuotes.has(doc.tokens[i].text)) return true;
  return false;
}

/**
 * True when a paragraph of tokens `[first, last)` is not running prose and must not yield
 * attributions: a headline, caption or link line (short, with no sentence end, unless a quotation hands over to its speaker: `"Yes," he said`), a byline
 * ("By ..."), "Read more"/"Photo:" lines, a caption closed by a bracketed photo credit, a
 * correction notice, or an author's bio ("X is a reporter at ...").
 */
export function isNonProse(doc: ExtractDocument, first: number, last: number): boolean {
  const count = last - first;
  if (count === 0) return true;
  const lastWord = doc.tokens[last - 1].text;
  if (count <= 25 && !sentenceEnds.has(lastWord) && !closesQuoteWithComma(doc, first, last)) return true;
  if (count <= 60 && endsWithCredit(doc, first, last)) return true;
  if (count <= 80 && opensWithNoticeLabel(doc, first, last)) return true;
  const firstWord = doc.tokens[first].lower;
  if (count <= 14 && boilerplateStarts.test(firstWord)) return true;
  if (count > 40) return false;
  for (let i = first + 1; i < Math.min(last, first + 8); i++) {
    const isBio = (doc.tokens[i].lower === 'is' || doc.tokens[i].lower === 'was') && /^(?:a|an|the)$/.test(doc.tokens[i + 1]?.lower ?? '');
    if (isBio) {
      for (let j = i + 2; j < Math.min(last, i + 8); j++) if (bioJobs.test(doc.tokens[j].lower)) return true;
    }
  }
  return false;
}
