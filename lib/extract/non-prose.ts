import type { ExtractDocument } from './document';

const sentenceEnds = new Set(['.', '!', '?', '”', '"', ':', '’', ')']);
const boilerplateStarts = /^(?:by|read|related|see|photo|image|picture|caption|file|credit|watch|listen|follow|sign|subscribe|share|advertisement|copyright|more)$/;
// A photo credit in brackets closes a caption: "... in Hamra on Tuesday. (Photo: Valley Courier)".
const creditWords = /^(?:photo|photograph|image|picture|credit|file|getty|afp|reuters|ap)$/;
const bioJobs = /^(?:reporter|correspondent|editor|writer|journalist|columnist|contributor|producer|fellow|author)s?$/;

function endsWithCredit(doc: ExtractDocument, first: number, last: number): boolean {
  if (doc.tokens[last - 1].text !== ')') return false;
  for (let i = last - 2; i > first && i >= last - 10; i--) {
    if (doc.tokens[i].text === '(') return creditWords.test(doc.tokens[i + 1].lower);
  }
  return false;
}

/**
 * True when a paragraph of tokens `[first, last)` is not running prose and must not yield
 * attributions: a headline, caption or link line (short, with no sentence end), a byline
 * ("By ..."), "Read more"/"Photo:" lines, a caption closed by a bracketed photo credit, or an
 * author's bio ("X is a reporter at ...").
 */
export function isNonProse(doc: ExtractDocument, first: number, last: number): boolean {
  const count = last - first;
  if (count === 0) return true;
  const lastWord = doc.tokens[last - 1].text;
  if (count <= 25 && !sentenceEnds.has(lastWord)) return true;
  if (count <= 60 && endsWithCredit(doc, first, last)) return true;
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
