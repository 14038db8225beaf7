import type { ExtractDocument } from './document';

const conjunctions = new Set(['while', 'whereas', 'but', 'and', ';']);
// A report's subject and verb follow the conjunction closely: "while rescuers put ...".
const reach = 8;

/**
 * Where a claim after its cue gives way to another report joined to it: before ", while
 * rescuers put the toll at 20", "and the rebels denied it", "; the farmers say" or the same
 * speaker's "and said the ship was sound", when a cue follows within a
 * few words (not in a quotation, and not after "that", which would make it part of this claim).
 * Returns the claim's new end, or `last` when it holds no such clause.
 */
export function beforeSiblingReport(doc: ExtractDocument, first: number, last: number, isCue: Uint8Array): number {
  // The other report's cue may lie past the claim's end, which can stop at that report's subject.
  const sentenceLast = doc.sentences[doc.sentenceOf[first]].last;
  for (let joint = first + 1; joint < last - 1; joint++) {
    if (!conjunctions.has(doc.tokens[joint].lower) || doc.quotes[joint] >= 0 || doc.tokens[joint + 1].lower === 'that') continue;
    // Right after the conjunction the cue shares the claim's subject ("denied it and said ...", see sharesSubject).
    for (let t = joint + 1; t < Math.min(sentenceLast, joint + 1 + reach); t++) {
      if (isCue[t] && doc.quotes[t] < 0) return doc.tokens[joint - 1].text === ',' ? joint - 1 : joint;
    }
  }
  return last;
}
