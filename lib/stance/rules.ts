import type { ClaimFacts } from '../facts';
import { actorFindings } from './actor-findings';
import { eventFindings } from './event-findings';
import { factsOf, type PreparedEvidence, type RankedSentence } from './evidence';
import { finding, type Finding } from './finding';
import { identityFindings } from './identity-findings';
import { negationFindings } from './negation-findings';
import { numberFindings } from './number-findings';
import { placeFindings, timeFindings } from './time-place-findings';

/** Findings from one evidence sentence, and whether that sentence reports someone else's words. */
export interface SentenceFindings {
  sentence: RankedSentence;
  findings: Finding[];
  reportedBy: string | null;
}

const maxRuleSentences = 6;

function sharesSubject(claim: ClaimFacts, facts: ClaimFacts): boolean {
  const events = new Set([...claim.events.map((e) => e.key), ...claim.negations.flatMap((n) => n.events)]);
  const slots = new Set(claim.tolls.map((toll) => toll.slot));
  return (
    facts.events.some((event) => events.has(event.key)) ||
    facts.negations.some((negation) => negation.events.some((event) => events.has(event))) ||
    facts.tolls.some((toll) => slots.has(toll.slot))
  );
}

/** The sentences the rules read: the most similar, then others that tell the same kind of event or toll. */
export function ruleSentences(claim: ClaimFacts, evidence: PreparedEvidence, ranked: RankedSentence[]): RankedSentence[] {
  // A short evidence is read whole: a claim and its rival version may share few words.
  if (evidence.sentences.length <= 3) return ranked.slice(0, 3);
  const chosen = ranked.slice(0, 3).filter((sentence) => sentence.similarity > 0);
  for (const sentence of ranked.slice(3)) {
    if (chosen.length >= maxRuleSentences || sentence.similarity <= 0.05) break;
    if (sharesSubject(claim, factsOf(evidence, sentence.index))) chosen.push(sentence);
  }
  return chosen;
}

function hedgeFindings(claimText: string, claim: ClaimFacts, facts: ClaimFacts, text: string): Finding[] {
  if (facts.hedges.length === 0 || claim.hedges.length > 0) return [];
  return [finding('inform', 'hedge', claimText.slice(0, 300), text.slice(0, 300), `the evidence hedges where the claim does not: ${facts.hedges.join(', ')}`)];
}

/** Everything the rules find between a claim and each chosen evidence sentence. */
export function findRules(claimText: string, claim: ClaimFacts, evidence: PreparedEvidence, sentences: RankedSentence[], claimDate: string | null): SentenceFindings[] {
  return sentences.map((sentence) => {
    const facts = factsOf(evidence, sentence.index);
    const findings = [
      ...negationFindings(claim, facts, claimText, sentence.text),
      ...numberFindings(claim, facts, { claimText, evidenceText: sentence.text, claimDate, evidenceDate: evidence.reference }),
      ...identityFindings(claim, facts),
      ...eventFindings(claim, facts),
      ...actorFindings(claim, facts),
      ...timeFindings(claim, facts),
      ...placeFindings(claim, facts),
      ...hedgeFindings(claimText, claim, facts, sentence.text),
    ];
    return { sentence, findings, reportedBy: claim.report ? null : facts.report?.speaker ?? null };
  });
}

