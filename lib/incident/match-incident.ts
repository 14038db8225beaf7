import type { ClaimFacts } from '../facts/schema';
import type { Incident } from '../model/incident';
import type { Reason } from '../model/stance';
import { dateFit } from './date-score';
import { actorFit, placeFit } from './place-actor-score';

/** The incident a claim most likely belongs to, how sure (0..1), and why. */
export interface IncidentMatch {
  incident: Incident;
  score: number;
  reasons: Reason[];
}

const weights = { date: 0.5, place: 0.3, actor: 0.2 };
/** Least score for a claim to join an incident rather than start a new one. */
export const minIncidentScore = 0.6;
// Time decides first: the same town months apart is another incident, however alike the words.
const minDateScore = 0.25;

/** Scores one incident for a claim's facts; the date must fit before places and parties count. */
export function scoreIncident(facts: ClaimFacts, incident: Incident, publishedAt: string | null): IncidentMatch {
  const date = dateFit(facts, incident, publishedAt);
  const place = placeFit(facts, incident);
  const actor = actorFit(facts, incident);
  const reasons = [date.reason, place.reason, actor.reason].filter((reason): reason is Reason => reason !== null);
  const combined = weights.date * date.score + weights.place * place.score + weights.actor * actor.score;
  const score = date.known && date.score < minDateScore ? Math.min(combined, date.score) : combined;
  return { incident, score: Number(score.toFixed(3)), reasons };
}

/**
 * Which known incident a claim belongs to, from its facts (dates resolved
 * against the page's publication date), places and parties: the best-scoring
 * incident with its score and reasons, or null when none reaches
 * `minIncidentScore` (the claim tells a new incident).
 */
export function matchIncident(facts: ClaimFacts, incidents: readonly Incident[], publishedAt: string | null): IncidentMatch | null {
  let best: IncidentMatch | null = null;
  for (const incident of incidents) {
    const match = scoreIncident(facts, incident, publishedAt);
    if (!best || match.score > best.score) best = match;
  }
  return best && best.score >= minIncidentScore ? best : null;
}
