import type { ClaimFacts, Mention, Negation } from '../facts/schema';
import { finding, type Finding } from './finding';
import { contentWords } from './words';
import { findIdentities } from '../facts/identities';
import { tokenize } from '../facts/tokens';

// "No guards were killed" counts nobody among the guards; the tolls compare it, not the denial.
const countingCues = new Set(['no', 'none', 'nobody']);

function deniedEvent(asserted: Mention[], negations: Negation[]): Array<[Mention, Negation]> {
  const pairs: Array<[Mention, Negation]> = [];
  for (const negation of negations) {
    const counting = countingCues.has(negation.cue.toLowerCase());
    const event = asserted.find((mention) => negation.events.includes(mention.key) && !(counting && mention.key === 'killing'));
    if (event) pairs.push([event, negation]);
  }
  return pairs;
}

// A denial of words the other text asserts, when no event kind names them:
// "the minister did not resign" against "the minister resigned".
function deniedWords(facts: ClaimFacts, otherText: string, otherNegations: Negation[]): Negation | null {
  const other = new Set(contentWords(otherText));
  const otherDenied = new Set(otherNegations.flatMap((negation) => contentWords(negation.scope)));
  const countsNone = facts.tolls.some((toll) => toll.max === 0);
  for (const negation of facts.negations) {
    // "No coalition members were killed" is a toll of zero; the number rule weighs it against other tolls.
    if (countsNone && countingCues.has(negation.cue.toLowerCase())) continue;
    // "was not a regular soldier" is about who someone was: the identity rule reads that.
    if (findIdentities(tokenize(negation.scope)).length > 0) continue;
    const scope = contentWords(negation.scope).slice(0, 6);
    const shared = scope.filter((word) => other.has(word) && !otherDenied.has(word));
    if (scope.length > 0 && shared.length >= Math.min(2, scope.length)) return negation;
  }
  return null;
}

function loose(found: Finding): Finding {
  return { ...found, loose: true };
}

/**
 * A denial on one side of what the other side asserts ("did not conduct an
 * airstrike" against "aircraft struck the checkpoint"), and shared denials.
 */
export function negationFindings(claim: ClaimFacts, evidence: ClaimFacts, claimText: string, evidenceText: string): Finding[] {
  const findings: Finding[] = [];
  for (const [event, negation] of deniedEvent(claim.events, evidence.negations)) {
    findings.push(finding('conflict', 'negation', event.text, negation.text, `the evidence denies the ${event.key} the claim asserts`));
  }
  for (const [event, negation] of deniedEvent(evidence.events, claim.negations)) {
    findings.push(finding('conflict', 'negation', negation.text, event.text, `the claim denies the ${event.key} the evidence asserts`));
  }
  if (findings.length > 0) return findings;
  const evidenceDenial = deniedWords(evidence, claimText, claim.negations);
  if (evidenceDenial) findings.push(loose(finding('conflict', 'negation', claimText, evidenceDenial.text, 'the evidence negates what the claim states')));
  const claimDenial = deniedWords(claim, evidenceText, evidence.negations);
  if (claimDenial) findings.push(loose(finding('conflict', 'negation', claimDenial.text, evidenceText, 'the claim negates what the evidence states')));
  for (const negation of claim.negations) {
    const shared = evidence.negations.find((other) => other.events.some((event) => negation.events.includes(event)));
    if (shared) findings.push(finding('support', 'negation', negation.text, shared.text, 'both deny the same thing'));
  }
  return findings;
}
