import type { Toll } from '../facts/schema';

// Words that give a count as the latest of a series: "the toll had risen to 16", "11 bodies since Thursday".
const updateWording =
  /\b(?:ris(?:en|es|ing)|rose|climb(?:ed|s|ing)?|jump(?:ed|s)?|increas(?:ed|es|ing)|raised|revised|reach(?:ed|es)(?= (?:at least |about |some )?\d)|now stands|so far|to date|in all|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the (?:strike|attack|blast|shooting|clash|raid|start)|then)|updated?)\b/i;

/** The two texts whose counts are compared, with their publication dates when known. */
export interface CountSides {
  claimText: string;
  evidenceText: string;
  claimDate: string | null;
  evidenceDate: string | null;
}

/** The words that mark `text` as an update of a count, or null. */
export function updateWords(text: string): string | null {
  return updateWording.exec(text.slice(0, 2_000))?.[0] ?? null;
}

/**
 * Whether two counts that cannot both be true are one count rising over time: the larger is
 * given as the latest of a series ("had risen to 16", "since Thursday") in its own words, and
 * is not dated before the smaller one. A different count at the same time stays a conflict.
 */
export function isTollUpdate(ours: Toll, theirs: Toll, sides: CountSides): boolean {
  const oursLarger = theirs.max !== null && ours.min > theirs.max;
  const theirsLarger = ours.max !== null && theirs.min > ours.max;
  if (!oursLarger && !theirsLarger) return false;
  const [largerText, largerDate, smallerDate] = oursLarger
    ? [sides.claimText, sides.claimDate, sides.evidenceDate]
    : [sides.evidenceText, sides.evidenceDate, sides.claimDate];
  if (largerDate && smallerDate && largerDate < smallerDate) return false;
  return updateWords(largerText) !== null;
}
