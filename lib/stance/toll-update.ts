import type { Toll } from '../facts/schema';

// Words that give a count as risen from an earlier one: "the toll had risen to 16", "climbed sharply to".
const riseWording = /\b(?:ris(?:en|es|ing)|rose|climb(?:ed|s|ing)?|jump(?:ed|s)?|increas(?:ed|es|ing)|raised|revised(?: up| upwards?)?)\s+(?:[a-z]{1,20}\s+){0,3}?(?:to|from)\b/i;
// Words that give a count as a running tally ("so far", "since Thursday"): an update only when it is dated later.
const tallyWording =
  /\b(?:so far|to date|now stands|updated|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the (?:strike|attack|blast|shooting|clash|raid|start)|then))\b/i;
// How far from the count its update words may stand: the same clause, not the same article.
const nearby = 80;

/** The two texts whose counts are compared, with their publication dates when known. */
export interface CountSides {
  claimText: string;
  evidenceText: string;
  claimDate: string | null;
  evidenceDate: string | null;
}

// The words around `[from, to)` up to `nearby` characters away, within its sentence.
function sentenceAround(text: string, from: number, to: number): string {
  const before = text.slice(Math.max(0, from - nearby), from);
  const after = text.slice(to, to + nearby);
  const stop = before.search(/[.!?]\s[^.!?]*$/);
  const end = after.search(/[.!?](?:\s|$)/);
  return (stop < 0 ? before : before.slice(stop + 2)) + text.slice(from, to) + (end < 0 ? after : after.slice(0, end));
}

/** Words next to `toll` in `text` that give it as an update: a rise ("risen to") or a running tally ("so far"), or null. */
export function updateWording(text: string, toll: Toll): { words: string; rise: boolean } | null {
  const at = text.indexOf(toll.text);
  const near = at < 0 ? text.slice(0, 2_000) : sentenceAround(text, at, at + toll.text.length);
  const rise = riseWording.exec(near);
  if (rise) return { words: rise[0], rise: true };
  const tally = tallyWording.exec(near);
  return tally ? { words: tally[0], rise: false } : null;
}

/**
 * Whether two counts that cannot both be true are one count growing over time: the larger is
 * worded as risen ("had risen to 16") and not dated before the smaller, or as a running tally
 * ("so far", "since Thursday") and dated after it. A different count at the same time, or one
 * without such words, stays a conflict.
 */
export function isTollUpdate(ours: Toll, theirs: Toll, sides: CountSides): boolean {
  const oursLarger = theirs.max !== null && ours.min > theirs.max;
  const theirsLarger = ours.max !== null && theirs.min > ours.max;
  if (!oursLarger && !theirsLarger) return false;
  const [larger, largerText, largerDate, smallerDate] = oursLarger
    ? [ours, sides.claimText, sides.claimDate, sides.evidenceDate]
    : [theirs, sides.evidenceText, sides.evidenceDate, sides.claimDate];
  const wording = updateWording(largerText, larger);
  if (!wording || (largerDate && smallerDate && largerDate < smallerDate)) return false;
  return wording.rise || (largerDate !== null && smallerDate !== null && largerDate > smallerDate);
}
