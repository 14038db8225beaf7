import { firstMoveEvents } from '../facts/events';
import { meansClass } from '../facts/means';
import { targetSide } from '../facts/targets';
import type { ClaimFacts, Mention } from '../facts/schema';
import { finding, type Finding } from './finding';

// Means families that say how force was used; thrown stones or tear gas can sit beside any of them.
const weaponClasses = new Set(['from the air', 'ground fire', 'explosive', 'projectile']);

function weapons(facts: ClaimFacts): Mention[] {
  return facts.means.filter((mention) => weaponClasses.has(meansClass(mention.key)));
}

function meansFinding(claim: ClaimFacts, evidence: ClaimFacts): Finding[] {
  const ours = weapons(claim);
  const theirs = weapons(evidence);
  if (ours.length === 0 || theirs.length === 0) return [];
  const theirClasses = new Set(theirs.map((mention) => meansClass(mention.key)));
  const shared = ours.find((mention) => theirClasses.has(meansClass(mention.key)));
  if (shared) {
    const other = theirs.find((mention) => meansClass(mention.key) === meansClass(shared.key)) as Mention;
    return [finding('support', 'event', shared.text, other.text, `both tell of force ${meansClass(shared.key)}`)];
  }
  const note = `the claim tells of ${ours[0].key} (${meansClass(ours[0].key)}); the evidence of ${theirs[0].key} (${meansClass(theirs[0].key)})`;
  return [finding('conflict', 'event', ours[0].text, theirs[0].text, note)];
}

function framingFinding(claim: ClaimFacts, evidence: ClaimFacts): Finding[] {
  const defence = (facts: ClaimFacts) => facts.events.find((event) => event.key === 'self-defence');
  const force = (facts: ClaimFacts) => facts.events.find((event) => firstMoveEvents.has(event.key));
  const [ourDefence, theirDefence] = [defence(claim), defence(evidence)];
  if (ourDefence && theirDefence) return [finding('support', 'event', ourDefence.text, theirDefence.text, 'both tell it as self-defence')];
  const ourForce = force(claim);
  const theirForce = force(evidence);
  if (theirDefence && ourForce) {
    return [finding('conflict', 'event', ourForce.text, theirDefence.text, 'the claim tells of an attack; the evidence tells it as self-defence')];
  }
  if (ourDefence && theirForce) {
    return [finding('conflict', 'event', ourDefence.text, theirForce.text, 'the claim tells it as self-defence; the evidence as an attack')];
  }
  return [];
}

const withArticle = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

// Both name what was hit: the same kind of place bears the claim out; a military objective against
// a civilian place ("a weapons depot" against "the market") are two accounts of one strike; other
// differences (a depot and a base, a market and a bakery) may be one site described twice, shown only.
function targetFinding(claim: ClaimFacts, evidence: ClaimFacts): Finding[] {
  const ours = claim.targets ?? [];
  const theirs = evidence.targets ?? [];
  if (ours.length === 0 || theirs.length === 0) return [];
  for (const target of ours) {
    const same = theirs.find((other) => other.key === target.key);
    if (same) return [finding('support', 'event', target.text, same.text, `both say the ${target.key} was hit`)];
  }
  const [first, other] = [ours[0], theirs[0]];
  const sides = [targetSide(first.key), targetSide(other.key)];
  const opposed = sides[0] !== null && sides[1] !== null && sides[0] !== sides[1];
  const note = `the claim says the attack hit ${withArticle(first.key)}; the evidence says ${withArticle(other.key)}`;
  return [finding(opposed ? 'conflict' : 'inform', 'event', first.text, other.text, note)];
}

/**
 * What happened, with what and to what: airstrike against small-arms fire, attack against
 * self-defence, a depot against a market. A shared weapon alone is not agreement when the
 * two disagree on what it hit.
 */
export function eventFindings(claim: ClaimFacts, evidence: ClaimFacts): Finding[] {
  const targets = targetFinding(claim, evidence);
  const means = targets.some((found) => found.effect === 'conflict') ? [] : meansFinding(claim, evidence);
  return [...means, ...targets, ...framingFinding(claim, evidence)];
}
