import { actorSide } from '../facts/actors';
import { daysBetween, isoDate } from '../facts/calendar';
import { readFacts } from '../facts';
import type { ClaimFacts, Mention } from '../facts/schema';
import type { Incident } from '../model/incident';
import { claimDays, spanGap } from './claim-days';

/** An incident without its id: what `proposeIncident` suggests. */
export type ProposedIncident = Omit<Incident, 'id'>;

const maxPlaces = 5;
const maxActors = 6;

function mostNamed(mentions: Mention[], limit: number, keyOf: (mention: Mention) => string): string[] {
  const counts = new Map<string, { text: string; count: number }>();
  for (const mention of mentions) {
    const key = keyOf(mention);
    const entry = counts.get(key) ?? { text: mention.text, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count).slice(0, limit).map((entry) => entry.text);
}

// Days within this distance of the most named day belong to the same incident;
// other dates in the claims ("as Lavrov said last November") are background.
const clusterDays = 3;

function span(facts: ClaimFacts[], publishedAt: string | null): [string, string] {
  const days = facts.flatMap(claimDays).filter((day) => daysBetween(day.start, day.end) <= 2);
  if (days.length === 0) {
    const day = publishedAt ?? isoDate(new Date());
    return [day, day];
  }
  const counts = new Map<string, number>();
  for (const day of days) counts.set(day.start, (counts.get(day.start) ?? 0) + 1);
  const centre = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
  const near = days.filter((day) => spanGap(day, { start: centre, end: centre }) <= clusterDays);
  return [near.map((day) => day.start).sort()[0], near.map((day) => day.end).sort().reverse()[0]];
}

function titleFor(facts: ClaimFacts[], place: string | undefined, day: string): string {
  const events = facts.flatMap((entry) => entry.events.map((event) => event.key)).filter((key) => key !== 'killing');
  const event = mostNamed(events.map((key) => ({ key, text: key })), 1, (mention) => mention.key)[0] ?? 'incident';
  return `${event[0].toUpperCase()}${event.slice(1)}${place ? ` near ${place}` : ''}, ${day}`;
}

/**
 * Proposes a new incident from the claims that tell it: the days their words
 * give (resolved against `publishedAt`; that date itself, or today, when they
 * give none), the places and parties they name most, and a plain title.
 */
export function proposeIncident(texts: readonly string[], publishedAt: string | null): ProposedIncident {
  const facts = texts.map((text) => readFacts(text, { reference: publishedAt }));
  const [dateStart, dateEnd] = span(facts, publishedAt);
  const places = mostNamed(facts.flatMap((entry) => entry.places), maxPlaces, (mention) => mention.key);
  const actors = mostNamed(
    facts.flatMap((entry) => entry.actors.filter((actor) => actor.key !== 'army')),
    maxActors,
    (mention) => actorSide(mention.key),
  );
  return { title: titleFor(facts, places[0], dateStart), dateStart, dateEnd, places, actors };
}
