import { identitiesCompatible, identityKeys } from '../facts/identities';
import type { ClaimFacts, Toll } from '../facts/schema';
import { nounPrefix } from '../facts/tolls';
import { finding, type Finding } from './finding';
import { isTollUpdate, updateWording, type CountSides } from './toll-update';

// Counts compare when they count the same people: unsaid on one side is fine
// for an identity or a plain noun ("two killed" against "one civilian killed")
// but not for a party; two plain nouns must be the same word.
function sameCounted(a: Toll, b: Toll): boolean {
  if (a.who === null && b.who === null) return true;
  if (a.who === null || b.who === null) {
    const said = (a.who ?? b.who) as string;
    return identityKeys.has(said) || said.startsWith(nounPrefix);
  }
  if (identityKeys.has(a.who) && identityKeys.has(b.who)) return identitiesCompatible(a.who, b.who);
  return a.who === b.who;
}

function overlaps(a: Toll, b: Toll): boolean {
  return (a.max === null || b.min <= a.max) && (b.max === null || a.min <= b.max);
}

/** "the count rose from 14 (2026-05-14) to 16 (2026-05-16), "risen to": an update, not a contradiction". */
function updateNote(ours: Toll, theirs: Toll, sides: CountSides): string {
  const oursLater = theirs.max !== null && ours.min > theirs.max;
  const dated = (toll: Toll, date: string | null) => `${describe(toll)}${date ? ` (${date})` : ''}`;
  const [before, after] = oursLater ? [dated(theirs, sides.evidenceDate), dated(ours, sides.claimDate)] : [dated(ours, sides.claimDate), dated(theirs, sides.evidenceDate)];
  const words = updateWording(oursLater ? sides.claimText : sides.evidenceText, oursLater ? ours : theirs)?.words;
  return `${ours.slot}: the count rose from ${before} to ${after} ("${words}"), an update rather than a contradiction`;
}

function describe(toll: Toll): string {
  if (toll.max === null) return `${toll.min} or more`;
  return toll.min === toll.max ? String(toll.min) : `${toll.min} to ${toll.max}`;
}

/**
 * Tolls of the same slot and the same people compared as intervals: disjoint
 * intervals cannot both be true, unless the larger is the same count risen since
 * (see isTollUpdate), which only informs; overlapping ones are compatible.
 */
export function numberFindings(claim: ClaimFacts, evidence: ClaimFacts, sides: CountSides): Finding[] {
  const findings: Finding[] = [];
  for (const ours of claim.tolls) {
    for (const theirs of evidence.tolls) {
      if (ours.slot !== theirs.slot || !sameCounted(ours, theirs)) continue;
      if (isTollUpdate(ours, theirs, sides)) {
        findings.push(finding('inform', 'number', ours.text, theirs.text, updateNote(ours, theirs, sides)));
        continue;
      }
      const agree = overlaps(ours, theirs);
      const note = agree
        ? `compatible counts of ${ours.slot}: ${describe(ours)} and ${describe(theirs)}`
        : `${ours.slot}: ${describe(ours)} against ${describe(theirs)}; both cannot be true`;
      findings.push(finding(agree ? 'support' : 'conflict', 'number', ours.text, theirs.text, note));
    }
  }
  return findings;
}
