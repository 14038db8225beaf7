import type { ClaimFacts } from '../facts';

/**
 * The facts of a claim that another claim can be weighed against without
 * sharing its words: a victim's identity, and each toll's slot ("toll:killed").
 * Rival versions of one incident often share no words ("killed a civilian"
 * against "the victim was a militia member") yet clash on exactly these.
 */
export function comparableFacts(facts: ClaimFacts): Set<string> {
  const keys = new Set(facts.tolls.map((toll) => `toll:${toll.slot}`));
  if (facts.victims.length > 0) keys.add('victim');
  return keys;
}

/** True when two claims' facts have a victim or a toll slot in common. */
export function shareComparableFacts(a: ClaimFacts, b: ClaimFacts): boolean {
  const ours = comparableFacts(a);
  return [...comparableFacts(b)].some((key) => ours.has(key));
}
