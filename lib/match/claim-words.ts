import type { Attribution } from '../model/attribution';
import { spokenWords } from '../model/spoken-words';
import { denyingWords } from '../stance/cue-words';

/**
 * The words a claim is compared by: its content without a reporting clause inside it, led by its cue when the cue
 * denies ("denied carrying out an airstrike"). The cue of "the coalition denied
 * carrying out an airstrike" is "denied", so the content alone would assert the
 * very airstrike the source denies.
 */
export function claimWords(attribution: Attribution): string {
  const cue = attribution.cue.text;
  const denies = cue.toLowerCase().split(/\s+/).some((word) => denyingWords.has(word));
  const words = spokenWords(attribution);
  return denies ? `${cue} ${words}` : words;
}
