import type { PageClaim } from '../model/page-claim';
import { claimWords, isDenial } from './claim-words';
import { distinctiveWords } from './shared-words';

/** Share of distinctive words two texts have in common above which one is the other repeated (a pull quote, a standfirst). */
const echoOverlap = 0.8;

/** Whether two claims' spans on the page overlap or nest: "according to X, the US said Y" holds "the US said Y". */
function overlapOnPage(a: PageClaim, b: PageClaim): boolean {
  const [x, y] = [a.attribution.content, b.attribution.content];
  return x.start < y.end && y.start < x.end;
}

/** One party denying the very words another asserts ("X said Y, a claim Z rejected"): the same span, one cue a denial. */
function deniesTheSameWords(a: PageClaim, b: PageClaim): boolean {
  const [x, y] = [a.attribution.content, b.attribution.content];
  return x.start === y.start && x.end === y.end && isDenial(a.attribution) !== isDenial(b.attribution);
}

const wordsOf = (name: string) => name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);

/**
 * Whether two speaker names are one party: the same name, or one name's words running whole
 * inside the other's ("opposition group" in "armed opposition group", "Ferro" in "Dana Ferro").
 */
export function sameVoice(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const [shorter, longer] = [wordsOf(a), wordsOf(b)].sort((x, y) => x.length - y.length);
  if (shorter.length === 0) return false;
  for (let at = 0; at + shorter.length <= longer.length; at++) {
    if (shorter.every((word, k) => longer[at + k] === word)) return true;
  }
  return false;
}

const opensQuotation = /^["“‘'«]/;

/**
 * Whether one claim is the page repeating the other: a quotation set again as a pull quote, or
 * words with no speaker of their own (a standfirst) that the body attributes. Two named
 * speakers saying the same thing agree; a denial of the words another asserts disagrees.
 */
function echoes(claim: PageClaim, other: PageClaim): boolean {
  const [a, b] = [claim.attribution, other.attribution];
  const [claimSays, otherSays] = [claimWords(a), claimWords(b)];
  if ((claimSays === a.content.text) !== (otherSays === b.content.text)) return false;
  const bothQuoted = opensQuotation.test(a.content.text) && opensQuotation.test(b.content.text);
  return (bothQuoted || a.speaker === null || b.speaker === null) && repeats(claimSays, otherSays);
}

/** Whether one text repeats the other: most of the shorter one's distinctive words are in the longer. */
function repeats(a: string, b: string): boolean {
  const [x, y] = [distinctiveWords(a), distinctiveWords(b)];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size === 0) return false;
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  return shared / small.size >= echoOverlap;
}

/**
 * Whether another claim on the same page is a second voice on the claim, so its agreement
 * counts as corroboration and its disagreement as a contradiction: not the same span or one
 * nested in it (unless one denies the words the other asserts), not the same party under another name, and not the page repeating its own
 * words (a pull quote, an unattributed standfirst echoing the body).
 */
export function isIndependent(claim: PageClaim, other: PageClaim): boolean {
  if (overlapOnPage(claim, other) && !deniesTheSameWords(claim, other)) return false;
  if (sameVoice(claim.attribution.speaker, other.attribution.speaker)) return false;
  return !echoes(claim, other);
}
