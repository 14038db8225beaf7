import { featureRoom } from './cue-features';
import type { ExtractDocument } from './document';
import { predictLabel, type LinearModel } from './perceptron';
import { roleContext, roleFeatures } from './role-features';
import { roleWindow } from './role-window';
import type { CueRange } from './tag-cues';

/** Role labels by index: 0 neither, 1 source, 2 content. */
export const roleLabels = ['O', 'S', 'C'];

/** Token indices the role model gave to the source and to the content of one cue. */
export interface RoleTokens {
  source: number[];
  content: number[];
}

function sentencesWithOtherCues(doc: ExtractDocument, cue: CueRange, first: number, last: number, isCue: Uint8Array): Set<number> {
  const sentences = new Set<number>();
  const own = doc.sentenceOf[cue.first];
  for (let t = first; t < last; t++) {
    if (isCue[t] && (t < cue.first || t >= cue.last) && doc.sentenceOf[t] !== own) sentences.add(doc.sentenceOf[t]);
  }
  return sentences;
}

/** Labels the tokens around a cue as its source, its content or neither, left to right. */
export function tagRoles(doc: ExtractDocument, model: LinearModel, cue: CueRange, isCue: Uint8Array): RoleTokens {
  const window = roleWindow(doc, cue.first, cue.last);
  const context = roleContext(doc, cue.first, cue.last, window, isCue);
  const roles: RoleTokens = { source: [], content: [] };
  const features = new Uint32Array(featureRoom);
  const claimed = sentencesWithOtherCues(doc, cue, window.first, window.last, isCue);
  let previous = 0;
  for (let t = window.first; t < window.last; t++) {
    if (t >= cue.first && t < cue.last) {
      previous = 0;
      continue;
    }
    const prediction = predictLabel(model, features, roleFeatures(context, t, previous, features));
    // Another sentence with a cue of its own speaks for that cue, unless this cue's quotation runs into it.
    const label = claimed.has(doc.sentenceOf[t]) && doc.quotes[t] !== context.besideQuote ? 0 : prediction;
    if (label === 1) roles.source.push(t);
    else if (label === 2) roles.content.push(t);
    previous = label;
  }
  return roles;
}
