import type { Attribution } from '../lib/model/attribution';

/** Who is speaking, as the reader should see it; falls back to the source's words, then to "Unnamed source". */
export function speakerName(attribution: Attribution): string {
  return attribution.speaker ?? attribution.source?.text ?? 'Unnamed source';
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

/** Other claims on the same page carry ids like `page:<claim id>`. */
export function isSamePageMatch(otherId: string): boolean {
  return otherId.startsWith('page:');
}

/** "1 claim", "3 claims": a count with its noun in the right number (nouns with a plain -s plural). */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
