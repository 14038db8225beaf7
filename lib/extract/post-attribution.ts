import type { Attribution } from '../model/attribution';
import type { ExtractDocument } from './document';
import type { SpeakerContext } from './resolve-speaker';
import { findPostSignature } from './social-post';
import { tokenSpan } from './spans';

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
