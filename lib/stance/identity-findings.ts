import { identitiesCompatible, identityRuledOut, openingIdentity } from '../facts/identities';
import type { ClaimFacts, Mention } from '../facts/schema';
import { tokenize } from '../facts/tokens';
import { finding, type Finding } from './finding';

const copulas = new Set(['was', 'were', 'is', 'are', 'been', 'being']);
// How far into a denied clause its copula may come: "denied [the two men killed] were civilians".
const maxSubjectWords = 6;

/** The identity a denied clause gives someone: "not [a civilian]", or "denied the victims were [civilians]". */
function identityInScope(scope: string): ReturnType<typeof openingIdentity> {
  const tokens = tokenize(scope);
  const opening = openingIdentity(tokens);
  if (opening) return opening;
  const copula = tokens.slice(0, maxSubjectWords).findIndex((token) => copulas.has(token.lower));
  return copula > 0 ? openingIdentity(tokens.slice(copula + 1)) : null;
}

// "the dead man was not a civilian", "the army denied the victims were civilians": the identity denied, with the denial's words.
function deniedIdentities(facts: ClaimFacts): Mention[] {
  return facts.negations.flatMap((negation) => {
    const identity = identityInScope(negation.scope);
    return identity ? [{ key: identity.key, text: negation.text }] : [];
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
