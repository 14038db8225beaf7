import type { ExtractDocument } from './document';
import type { CueRange } from './tag-cues';

// Verbs by which a study or poll reports what it found.
const findingVerbs = new Set([
  'found', 'finds', 'showed', 'shows', 'suggested', 'suggests', 'concluded', 'concludes', 'estimated', 'estimates',
  'revealed', 'reveals', 'indicated', 'indicates', 'documented', 'documents',
]);
// Heads of a subject that reports findings.
const findingSubjects = new Set([
  'study', 'studies', 'poll', 'polls', 'survey', 'surveys', 'report', 'reports', 'research', 'analysis', 'analyses',
  'audit', 'review', 'investigation', 'inquiry', 'probe', 'census', 'researchers', 'investigators', 'auditors',
  'analysts', 'scientists', 'data', 'records', 'autopsy', 'post-mortem', 'tally', 'assessment', 'evaluation',
]);
// "was found dead", "found guilty": a verdict or discovery about someone, not a finding reported.
const verdicts = new Set(['dead', 'guilty', 'alive', 'innocent', 'liable', 'responsible', 'unconscious', 'injured', 'wounded', 'hanging', 'in', 'at', 'on']);
const clauseBreak = /^(?:[.;:!?”"“]|and|but|or|which|who|that|when|while|because)$/;
const reach = 12;

function subjectReportsFindings(doc: ExtractDocument, verb: number): boolean {
  const sentenceFirst = doc.sentences[doc.sentenceOf[verb]].first;
  for (let i = verb - 1; i >= Math.max(sentenceFirst, verb - reach); i--) {
    const word = doc.tokens[i].lower;
    if (findingSubjects.has(word)) return true;
    if (clauseBreak.test(word)) return false;
  }
  return false;
}

/**
 * Cues the model left out where a study, poll or report states its finding: "A 2019 study by
 * the river board found 31 wells over the limit", "the survey shows most farmers ...". Not
 * in quotations, not a verdict ("found dead"), nor after an auxiliary ("was found").
 */
export function missedFindingVerbs(doc: ExtractDocument, first: number, last: number, isCue: Uint8Array): CueRange[] {
  const found: CueRange[] = [];
  for (let i = Math.max(first, 1); i < last; i++) {
    if (isCue[i] || doc.quotes[i] >= 0 || !findingVerbs.has(doc.tokens[i].lower)) continue;
    if (/^(?:was|were|is|are|be|been|being)$/.test(doc.tokens[i - 1].lower) || verdicts.has(doc.tokens[i + 1]?.lower ?? '.')) continue;
    if (subjectReportsFindings(doc, i)) found.push({ first: i, last: i + 1 });
  }
  return found;
}
