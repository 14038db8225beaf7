import { identitiesCompatible } from '../facts/identities';
import type { ClaimFacts } from '../facts/schema';
import { finding, type Finding } from './finding';

/**
 * The victims' identity on each side: "a civilian" against "a militia member"
 * cannot be the same person; the same identity bears the claim out.
 */
export function identityFindings(claim: ClaimFacts, evidence: ClaimFacts): Finding[] {
  if (claim.victims.length === 0 || evidence.victims.length === 0) return [];
  for (const ours of claim.victims) {
    const same = evidence.victims.find((theirs) => identitiesCompatible(ours.key, theirs.key));
    if (same) return [finding('support', 'identity', ours.text, same.text, `both describe the victim as ${ours.key}`)];
  }
  const [ours, theirs] = [claim.victims[0], evidence.victims[0]];
  return [finding('conflict', 'identity', ours.text, theirs.text, `the victim is a ${ours.key} in the claim but a ${theirs.key} in the evidence`)];
}
