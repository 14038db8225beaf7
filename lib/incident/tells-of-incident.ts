import type { ClaimFacts } from '../facts/schema';

// Kinds of happening weak on their own: "work stopped in April" and "the contractor withdrew"
// are no incident, though a blocked convoy or a withdrawal under fire comes with force words too.
const weakEvents = new Set(['blockade', 'withdrawal']);
// Words that name a strike only in a story already about force: "farmers hit by drought" is none.
const ambiguousWords = new Set(['hit', 'hits']);

/**
 * Whether the facts tell of an incident at all (a count of dead or hurt, a victim, a weapon,
 * a target, or force, an arrest, a protest or a blast): a story about stalled canal repairs
 * shares a month and a town with last winter's clash, and that alone must not place it there.
 */
export function tellsOfIncident(facts: ClaimFacts): boolean {
  return facts.tolls.length > 0 || facts.victims.length > 0 || facts.means.length > 0 || (facts.targets ?? []).length > 0 ||
    facts.events.some((event) => !weakEvents.has(event.key) && !ambiguousWords.has(event.text.toLowerCase()));
}
