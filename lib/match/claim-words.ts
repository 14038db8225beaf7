import type { Attribution } from '../model/attribution';
import { isFigureRevision } from '../extract/toll-estimate';
import { spokenWords } from '../model/spoken-words';
import { denyingWords } from '../stance/cue-words';

/**
 * The words a claim is compared by: its content without a reporting clause inside it, led by its cue when the cue
 * denies ("denied carrying out an airstrike") or revises a figure ("raised the death toll to 14"). The cue of "the coalition denied
 * carrying out an airstrike" is "denied", so the content alone would assert the
 * very airstrike the source denies.
 */
export function claimWords(attribution: Attribution): string {
  const words = spokenWords(attribution);
  return isDenial(attribution) || revisesFigure(attribution) ? `${attribution.cue.text} ${words}` : words;
}

// "raised [the death toll to 14]": the cue says the figure is an update of an earlier one.
function revisesFigure(attribution: Attribution): boolean {
  return isFigureRevision(attribution.cue.text) && /^the\b/i.test(attribution.content.text);
}

/** Whether a claim's cue denies its words ("denied", "a claim the army rejected"). */
export function isDenial(attribution: Attribution): boolean {
  return attribution.cue.text.toLowerCase().split(/\s+/).some((word) => denyingWords.has(word));
}
