import type { ExtractDocument } from './document';
import { sentenceSubject } from './shared-subject';
import type { CueRange } from './tag-cues';

// Verbs whose "to" makes the cue the infinitive of another verb's phrase ("refused to say"), not a purpose.
const governingVerbs = /^(?:refused|refuses|declined|declines|wanted|wants|tried|tries|failed|fails|agreed|agrees|hoped|hopes|planned|plans|decided|decides|expected|expects|asked|asks|went|goes|continued|continues|began|begins|used|seemed|appeared|is|was|are|were|be|been|has|have|had|going|able|unable|likely|about)$/;

/**
 * The source of a cue said as the purpose of the sentence's act ("The mayor called a news
 * conference [to announce] ...", "The ministry took to Twitter to say ..."): the sentence's
 * subject, when no other cue stands between it and the cue. Null otherwise.
 */
export function purposeSubject(doc: ExtractDocument, cue: CueRange, isCue: Uint8Array): [number, number] | null {
  const to = doc.tokens[cue.first].lower === 'to' ? cue.first : cue.first - 1;
  if (doc.tokens[to]?.lower !== 'to' || governingVerbs.test(doc.tokens[to - 1]?.lower ?? '')) return null;
  const subject = sentenceSubject(doc, to);
  if (!subject) return null;
  for (let t = subject[1]; t < to; t++) if (isCue[t]) return null;
  return subject;
}
