import { actorSide } from '../facts/actors';
import { forceEvents } from '../facts/events';
import type { Actor, ClaimFacts } from '../facts/schema';
import { finding, type Finding } from './finding';

// "troops" or "the army" alone names no side, so it can neither clash nor match.
const agents = (facts: ClaimFacts): Actor[] => facts.actors.filter((actor) => actor.agent && actor.key !== 'army');
const usesForce = (facts: ClaimFacts): boolean => facts.events.some((event) => forceEvents.has(event.key) || event.key === 'killing');

/**
 * Who did it: when both sides tell an act of force and name its doer, different
 * sides are a conflict and the same side bears the claim out.
 */
export function actorFindings(claim: ClaimFacts, evidence: ClaimFacts): Finding[] {
  const ours = agents(claim);
  const theirs = agents(evidence);
  if (ours.length === 0 || theirs.length === 0 || !usesForce(claim) || !usesForce(evidence)) return [];
  const theirSides = new Set(theirs.map((actor) => actorSide(actor.key)));
  const shared = ours.find((actor) => theirSides.has(actorSide(actor.key)));
  if (shared) {
    const other = theirs.find((actor) => actorSide(actor.key) === actorSide(shared.key)) as Actor;
    return [finding('support', 'actor', shared.text, other.text, `both name ${actorSide(shared.key)} as the one who acted`)];
  }
  return [finding('conflict', 'actor', ours[0].text, theirs[0].text, `the claim says ${ours[0].key} acted; the evidence says ${theirs[0].key}`)];
}
