import type { Attribution } from '../model/attribution';
import type { ExtractDocument } from './document';
import type { SpeakerContext } from './resolve-speaker';
import { findSignedQuotes } from './signed-quote';
import { findPostSignature } from './social-post';
import { tokenSpan } from './spans';
import { findTranscriptLine } from './transcript-line';

/**
 * The attribution of an embedded social-media post signed in paragraph tokens
 * `[first, last)`: the post's text (before the dash, or the paragraph before when the
 * signature stands alone) said by the signing author. Null when there is no signature.
 */
export function postAttribution(doc: ExtractDocument, first: number, last: number, previousFirst: number, speakers: SpeakerContext): Attribution | null {
  const signature = findPostSignature(doc, first, last);
  if (!signature) return null;
  const [contentFirst, contentLast] = signature.dash > first ? [first, signature.dash] : [previousFirst, first];
  if (contentFirst < 0 || contentLast <= contentFirst) return null;
  const source = tokenSpan(doc, signature.authorFirst, signature.authorLast);
  const speaker = speakers.resolve(source.text);
  return {
    source,
    cue: tokenSpan(doc, signature.dash, signature.dash + 1),
    content: tokenSpan(doc, contentFirst, contentLast),
    speaker: speaker.name,
    speakerKind: speaker.kind,
    hedges: [],
    via: null,
  };
}

const firstPerson = /^(?:I|we|We|me|us)$/;

/**
 * A post's own first-person claims ("I can see five people on the road") in paragraph tokens
 * `[first, last)` given to the author who signs it in the paragraph `[signatureFirst,
 * signatureLast)` right after, when that paragraph is a signature alone; unchanged otherwise.
 */
export function signedBelow(doc: ExtractDocument, found: Attribution[], signatureFirst: number, signatureLast: number, speakers: SpeakerContext): Attribution[] {
  if (signatureFirst >= signatureLast || !found.some((a) => firstPerson.test(a.source?.text ?? ''))) return found;
  const signature = findPostSignature(doc, signatureFirst, signatureLast);
  if (!signature || signature.dash !== signatureFirst) return found;
  const author = speakers.resolve(tokenSpan(doc, signature.authorFirst, signature.authorLast).text);
  return found.map((a) => (firstPerson.test(a.source?.text ?? '') ? { ...a, speaker: author.name, speakerKind: author.kind } : a));
}

function lineAttribution(doc: ExtractDocument, parts: [number, number, number, number, number], speakers: SpeakerContext): Attribution {
  const [sourceFirst, sourceLast, cue, contentFirst, contentLast] = parts;
  const source = tokenSpan(doc, sourceFirst, sourceLast);
  const speaker = speakers.resolve(source.text);
  const content = tokenSpan(doc, contentFirst, contentLast);
  return { source, cue: tokenSpan(doc, cue, cue + 1), content, speaker: speaker.name, speakerKind: speaker.kind, hedges: [], via: null };
}

/**
 * The attributions a paragraph makes by its layout rather than by a verb: a transcript line
 * ("SPEAKER: words") or quotations signed after a dash (“...” ― Name). Empty otherwise.
 */
export function layoutAttributions(doc: ExtractDocument, first: number, last: number, speakers: SpeakerContext): Attribution[] {
  const line = findTranscriptLine(doc, first, last);
  if (line) {
    const end = doc.quotes[last - 1] >= 0 && /^["”]$/.test(doc.tokens[last - 1].text) ? last - 1 : last;
    return [lineAttribution(doc, [line.sourceFirst, line.sourceLast, line.colon, line.colon + 1, end], speakers)];
  }
  return findSignedQuotes(doc, first, last).map((signed) =>
    lineAttribution(doc, [signed.nameFirst, signed.nameLast, signed.dash, signed.quoteFirst, signed.quoteLast], speakers),
  );
}
