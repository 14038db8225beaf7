import type { ClaimFacts } from '../facts/schema';
import { daysBetween } from '../facts/calendar';
import type { Incident } from '../model/incident';
import type { Reason } from '../model/stance';
import { claimDays, spanGap } from './claim-days';

/** How well a claim's time fits an incident, 0..1, with the reason; `known` false when nothing tells the time. */
export interface DateFit {
  score: number;
  known: boolean;
  reason: Reason | null;
}

// Reports follow an event within days; follow-ups trail off over weeks.
const reportLagDays = 7;
const followUpDecayDays = 14;

function publishedFit(incident: Incident, publishedAt: string): DateFit {
  const afterEnd = daysBetween(incident.dateEnd, publishedAt);
  const where = `${incident.dateStart} to ${incident.dateEnd}`;
  if (daysBetween(incident.dateStart, publishedAt) < -1) {
    return { score: 0, known: true, reason: time(publishedAt, where, 'published before the incident began') };
  }
  const score = afterEnd <= reportLagDays ? 0.8 : 0.8 * Math.exp(-(afterEnd - reportLagDays) / followUpDecayDays);
  return { score, known: true, reason: time(publishedAt, where, `published ${Math.max(0, afterEnd)} days after the incident`) };
}

function time(claimSide: string, evidenceSide: string, note: string): Reason {
  return { kind: 'time', claimSide, evidenceSide, note };
}

/**
 * How well the claim's dates (resolved against the page's date) fit the
 * incident's span: the same days score 1, days apart decay fast, so a February
 * and an August clash never merge. Without dates the publication date bounds it.
 */
export function dateFit(facts: ClaimFacts, incident: Incident, publishedAt: string | null): DateFit {
  const days = claimDays(facts);
  const span = { start: incident.dateStart, end: incident.dateEnd };
  if (days.length > 0) {
    const closest = days.reduce((best, day) => (spanGap(day, span) < spanGap(best, span) ? day : best));
    const gap = spanGap(closest, span);
    const score = gap <= 1 ? 1 : Math.exp(-(gap - 1) / 3);
    const note = gap === 0 ? 'the same days' : `${gap} days apart`;
    return { score, known: true, reason: time(closest.text, `${incident.dateStart} to ${incident.dateEnd}`, note) };
  }
  return publishedAt ? publishedFit(incident, publishedAt) : { score: 0.5, known: false, reason: null };
}
