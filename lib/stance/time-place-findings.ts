import { daysBetween } from '../facts/calendar';
import type { ClaimFacts, DateMention, Mention } from '../facts/schema';
import { finding, type Finding } from './finding';

const resolved = (dates: DateMention[]) => dates.filter((date): date is DateMention & { start: string; end: string } => date.start !== null && date.end !== null);

// A day's slack: a night-time clash is "Monday" to one outlet and "Tuesday" to another.
function datesMeet(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  return daysBetween(a.end, b.start) <= 1 && daysBetween(b.end, a.start) <= 1;
}

/** Dates on both sides that cannot be the same time, or that agree. */
export function timeFindings(claim: ClaimFacts, evidence: ClaimFacts): Finding[] {
  const ours = resolved(claim.dates);
  const theirs = resolved(evidence.dates);
  if (ours.length === 0 || theirs.length === 0) return [];
  for (const date of ours) {
    const same = theirs.find((other) => datesMeet(date, other));
    if (same) return [finding('support', 'time', date.text, same.text, `both place it at ${date.start}`)];
  }
  return [finding('conflict', 'time', ours[0].text, theirs[0].text, `the claim places it at ${ours[0].start}; the evidence at ${theirs[0].start}`)];
}

function placesMeet(a: Mention, b: Mention): boolean {
  return a.key === b.key || a.key.split(' ').some((word) => word.length > 3 && b.key.split(' ').includes(word));
}

/**
 * Places on both sides: a shared place bears the claim out; different places
 * are shown to check but decide nothing, since one story names many places.
 */
export function placeFindings(claim: ClaimFacts, evidence: ClaimFacts): Finding[] {
  if (claim.places.length === 0 || evidence.places.length === 0) return [];
  for (const place of claim.places) {
    const same = evidence.places.find((other) => placesMeet(place, other));
    if (same) return [finding('support', 'place', place.text, same.text, `both place it in ${place.text}`)];
  }
  return [finding('inform', 'place', claim.places[0].text, evidence.places[0].text, 'the two name different places')];
}
