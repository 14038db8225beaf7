import { identitiesCompatible, identityRuledOut, openingIdentity } from '../facts/identities';
import type { ClaimFacts, Mention } from '../facts/schema';
import { tokenize } from '../facts/tokens';
import { finding, type Finding } from './finding';

// "the dead man was not a civilian": the identity a denial's scope opens with, with the denial's words.
function deniedIdentities(facts: ClaimFacts): Mention[] {
  return facts.negations.flatMap((negation) => {
    const opening = openingIdentity(tokenize(negation.scope));
    return opening ? [{ key: opening.key, text: negation.text }] : [];
  });
}

function denialFindings(claim: ClaimFacts, evidence: ClaimFacts): Finding[] {
  const findings: Finding[] = [];
  for (const denied of deniedIdentities(evidence)) {
    const ours = claim.victims.find((victim) => identityRuledOut(denied.key, victim.key));
    if (ours) findings.push(finding('conflict', 'identity', ours.text, denied.text, `the evidence denies the victim was a ${denied.key}`));
  }
  for (const denied of deniedIdentities(claim)) {
    const theirs = evidence.victims.find((victim) => identityRuledOut(denied.key, victim.key));
    if (theirs) findings.push(finding('conflict', 'identity', denied.text, theirs.text, `the claim denies the victim was a ${denied.key}`));
  }
  return findings;
}

/**
 * The victims' identity on each side: "a civilian" against "a militia member"
 * cannot be the same person, nor "not a civilian" against "a civilian"; the
 * same identity bears the claim out.
 */
export function identityFindings(claim: ClaimFacts, evidence: ClaimFacts): Finding[] {
  const denials = denialFindings(claim, evidence);
  if (denials.length > 0) return denials;
  if (claim.victims.length === 0 || evidence.victims.length === 0) return [];
  for (const ours of claim.victims) {
    const same = evidence.victims.find((theirs) => identitiesCompatible(ours.key, theirs.key));
    if (same) return [finding('support', 'identity', ours.text, same.text, `both describe the victim as ${ours.key}`)];
  }
  const [ours, theirs] = [claim.victims[0], evidence.victims[0]];
  return [finding('conflict', 'identity', ours.text, theirs.text, `the victim is a ${ours.key} in the claim but a ${theirs.key} in the evidence`)];
}
