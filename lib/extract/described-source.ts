import type { Attribution } from '../model/attribution';
import type { Span } from '../model/span';
import type { ExtractDocument } from './document';
import { findHedges } from './hedges';
import { isVerb } from './shared-subject';
import { tokenSpan } from './spans';

const edgeMarks = /^[,.;:!?]$/;
const presentForms = /^(?:is|are|has|have|can|could|does|do|may|might|must|should)$/;
// Verbs of seeing and hearing report a claim only through a clause ("saw soldiers fire"); with a bare
// object ("who witnessed the attack") they say who the speaker is.
const perceptionVerbs = /^(?:witnessed|saw|seen|heard|watched|observed)$/;

/** The first token that starts at or after character `offset` (tokens are in text order). */
function tokenFrom(doc: ExtractDocument, offset: number): number {
  let low = 0;
  let high = doc.tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (doc.tokens[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

const holds = (outer: Span, inner: Span) => outer.start <= inner.start && inner.end <= outer.end;

// Describing sources nest at most a few deep, so only the nearest few that start before a cue can hold it.
const nearestSourcesChecked = 8;

/** Sources that carry a "who" clause, ordered by start, so a cue's candidates are found by binary search. */
function describingSources(found: Attribution[]): Attribution[] {
  return found.filter((a) => a.source !== null && /\bwho\b/i.test(a.source.text)).sort((a, b) => a.source!.start - b.source!.start);
}

/** The attribution whose source holds this one's cue in a "who" clause ("a farmer who said ... told"), if any. */
function describedSpeaker(doc: ExtractDocument, attribution: Attribution, describing: Attribution[]): Attribution | undefined {
  let low = 0;
  let high = describing.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (describing[middle].source!.start <= attribution.cue.start) low = middle + 1;
    else high = middle;
  }
  for (let i = low - 1; i >= Math.max(0, low - nearestSourcesChecked); i--) {
    const other = describing[i];
    if (other !== attribution && holds(other.source!, attribution.cue)
      && /\bwho\b/i.test(doc.text.slice(other.source!.start, attribution.cue.start))) return other;
  }
  return undefined;
}

function holdsVerb(doc: ExtractDocument, first: number, last: number): boolean {
  for (let t = first; t < last; t++) if (isVerb(doc.tokens[t].text) || presentForms.test(doc.tokens[t].lower)) return true;
  return false;
}

/** Claim tokens `[first, last)` ended where the describing source ends, when the claim runs on over that source's cue. */
function claimEnd(doc: ExtractDocument, attribution: Attribution, described: Attribution | undefined, first: number): number {
  const { content } = attribution;
  let last = tokenFrom(doc, content.end);
  if (!described || content.start >= described.cue.start || content.end <= described.cue.start) return last;
  last = tokenFrom(doc, described.source!.end);
  while (last > first && edgeMarks.test(doc.tokens[last - 1].text)) last--;
  return last;
}

/** "who witnessed [the attack]": a verb of seeing in a describing clause, with no verb in its claim's sentence. */
function onlyWitnesses(doc: ExtractDocument, attribution: Attribution, describing: boolean, cueLast: number, first: number, last: number): boolean {
  if (!perceptionVerbs.test(doc.tokens[cueLast - 1].lower) || !(describing || attribution.source?.text.toLowerCase() === 'who')) return false;
  const sentenceLast = doc.sentences[doc.sentenceOf[first]]?.last ?? last;
  return !holdsVerb(doc, first, Math.min(last, sentenceLast));
}

/**
 * Claims made inside the "who" clause that describes a speaker ("A farmer who said he saw the
 * attack told AFP ..."): such a claim ends where the description does, before the other cue
 * ("women who have accused [the mayor of fraud] said"); a "who" that makes it is the described
 * speaker; and a verb of seeing there, or said by "who", with only an object after it is no claim at all
 * ("who witnessed [the attack]").
 */
export function withinDescribedSources(doc: ExtractDocument, found: Attribution[]): Attribution[] {
  const kept: Attribution[] = [];
  const describing = describingSources(found);
  for (const attribution of found) {
    const described = describedSpeaker(doc, attribution, describing);
    const cueFirst = tokenFrom(doc, attribution.cue.start);
    const cueLast = tokenFrom(doc, attribution.cue.end);
    const first = tokenFrom(doc, attribution.content.start);
    const last = claimEnd(doc, attribution, described, first);
    if (last <= first || onlyWitnesses(doc, attribution, described !== undefined, cueLast, first, last)) continue;
    const byWho = described !== undefined && attribution.source?.text.toLowerCase() === 'who';
    const cut = last !== tokenFrom(doc, attribution.content.end);
    kept.push({
      ...attribution,
      ...(cut ? { content: tokenSpan(doc, first, last), hedges: findHedges(doc, first, last, cueFirst, cueLast) } : {}),
      ...(byWho ? { speaker: described.speaker, speakerKind: described.speakerKind } : {}),
    });
  }
  return kept;
}
