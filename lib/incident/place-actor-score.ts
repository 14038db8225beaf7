import { actorSide } from '../facts/actors';
import { placeKey } from '../facts/places';
import { readFacts } from '../facts';
import type { ClaimFacts } from '../facts/schema';
import type { Incident } from '../model/incident';
import type { Reason } from '../model/stance';

/** How well one aspect fits, 0..1, with the reason when there is one. */
export interface Fit {
  score: number;
  reason: Reason | null;
}

function keyWords(key: string): string[] {
  return key.split(' ').filter((word) => word.length > 3);
}

function placeInNames(facts: ClaimFacts, incident: Incident): Fit | null {
  for (const place of incident.places) {
    const words = keyWords(placeKey(place));
    const name = (facts.names ?? []).find((candidate) => keyWords(candidate).some((word) => words.includes(word)));
    if (name) return { score: 1, reason: { kind: 'place', claimSide: name, evidenceSide: place, note: 'the incident\'s place is named' } };
  }
  return null;
}

/**
 * Shared places score 1 (a place after "in", "near"... or any proper name that
 * is one of the incident's places); other places named score low; none says nothing.
 */
export function placeFit(facts: ClaimFacts, incident: Incident): Fit {
  if (incident.places.length === 0) return { score: 0.5, reason: null };
  const incidentKeys = incident.places.map((place) => ({ place, words: keyWords(placeKey(place)) }));
  for (const mention of facts.places) {
    const words = keyWords(mention.key);
    const shared = incidentKeys.find((entry) => entry.words.some((word) => words.includes(word)));
    if (shared) return { score: 1, reason: { kind: 'place', claimSide: mention.text, evidenceSide: shared.place, note: 'the same place' } };
  }
  const named = placeInNames(facts, incident);
  if (named) return named;
  if (facts.places.length === 0) return { score: 0.5, reason: null };
  const note = 'none of the claim\'s places is the incident\'s';
  return { score: 0.15, reason: { kind: 'place', claimSide: facts.places[0].text, evidenceSide: incident.places.join(', '), note } };
}

/** The sides a list of party names stands for ("US-led coalition" is the United States' side). */
export function actorSides(names: readonly string[]): Set<string> {
  const sides = new Set<string>();
  for (const name of names) {
    const actors = readFacts(name).actors.filter((actor) => actor.key !== 'army');
    if (actors.length === 0) sides.add(name.trim().toLowerCase());
    for (const actor of actors) sides.add(actorSide(actor.key));
  }
  return sides;
}

// A party of the incident written out by name ("Homeland Guard") in the claim's proper names.
function partyInNames(facts: ClaimFacts, incident: Incident): Fit | null {
  const party = incident.actors.find((actor) => (facts.names ?? []).some((name) => name.includes(placeKey(actor))));
  if (!party) return null;
  return { score: 1, reason: { kind: 'actor', claimSide: party, evidenceSide: incident.actors.join(', '), note: 'a party of the incident' } };
}

/** Shared parties score 1; parties named but none shared score low; none named says nothing. */
export function actorFit(facts: ClaimFacts, incident: Incident): Fit {
  if (incident.actors.length === 0) return { score: 0.5, reason: null };
  const named = facts.actors.filter((actor) => actor.key !== 'army');
  const sides = actorSides(incident.actors);
  const shared = named.find((actor) => sides.has(actorSide(actor.key)));
  if (shared) return { score: 1, reason: { kind: 'actor', claimSide: shared.text, evidenceSide: incident.actors.join(', '), note: 'a party of the incident' } };
  const byName = partyInNames(facts, incident);
  if (byName) return byName;
  if (named.length === 0) return { score: 0.5, reason: null };
  return { score: 0.2, reason: { kind: 'actor', claimSide: named[0].text, evidenceSide: incident.actors.join(', '), note: 'none of the incident\'s parties' } };
}
