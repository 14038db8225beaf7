import type { Attribution } from '../lib/model/attribution';
import type { ClaimMatch } from '../lib/model/page-claim';
import type { Reason } from '../lib/model/stance';

/** Who is speaking, as the reader should see it; falls back to the source's words, then to "Unnamed source". */
export function speakerName(attribution: Attribution): string {
  return displaySpeaker(attribution.speaker ?? attribution.source?.text ?? 'Unnamed source');
}

/** A speaker's name as a heading or label shows it: a description the text wrote in lower case ("army") starts with a capital. */
export function displaySpeaker(name: string): string {
  return name.charAt(0).toLocaleUpperCase() + name.slice(1);
}

/** The URL when it is safe to open from the extension (http or https), else null. */
export function safeLink(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

// Other claims on the same page carry ids like `page:<claim id>`.
const samePagePrefix = 'page:';

/** The page claim a same-page match stands for (`page:c-4` -> `c-4`), or null for another source's claim. */
export function samePageClaimId(otherId: string): string | null {
  return otherId.startsWith(samePagePrefix) ? otherId.slice(samePagePrefix.length) || null : null;
}

/** "1 claim", "3 claims": a count with its noun in the right number (nouns with a plain -s plural). */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The match's reasons to show: the closest passage is left out when it only repeats the source's words shown above it. */
export function shownReasons(match: ClaimMatch): Reason[] {
  const words = match.text.trim();
  return match.reasons.filter((reason) => reason.kind !== 'similarity' || !words.includes(reason.evidenceSide.trim()));
}
