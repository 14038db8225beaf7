import { featureRoom } from './cue-features';
import type { ExtractDocument } from './document';
import type { LinearModel } from './perceptron';
import { pairedRoleFeatures, roleContext, roleFeatures, withPreviousLabel, type RoleContext } from './role-features';
import { decodeLabels, linearScorer, type LabelScorer } from './viterbi';
import { roleWindow } from './role-window';
import type { CueRange } from './tag-cues';

/** Role labels by index: 0 neither, 1 source, 2 content. */
export const roleLabels = ['O', 'S', 'C'];

/** Token indices the role model gave to the source and to the content of one cue. */
export interface RoleTokens {
  source: number[];
  content: number[];
}

/** Sentences in `[first, last)` other than the cue's own that hold a cue of their own. */
export function sentencesWithOtherCues(doc: ExtractDocument, cue: CueRange, first: number, last: number, isCue: Uint8Array): Set<number> {
  const sentences = new Set<number>();
  const own = doc.sentenceOf[cue.first];
  for (let t = first; t < last; t++) {
    if (isCue[t] && (t < cue.first || t >= cue.last) && doc.sentenceOf[t] !== own) sentences.add(doc.sentenceOf[t]);
  }
  return sentences;
}

/** Scores each label of a token after each previous label, computing the token's own features once. */
function roleScorer(context: RoleContext, model: LinearModel): LabelScorer {
  return linearScorer(model, {
    room: featureRoom,
    pairedRoom: pairedRoleFeatures,
    own: (t, features, paired) => roleFeatures(context, t, features, paired),
    withPrevious: withPreviousLabel,
  });
}

/** Labels the tokens around a cue as its source, its content or neither (the best-scoring labelling). */
export function tagRoles(doc: ExtractDocument, model: LinearModel, cue: CueRange, isCue: Uint8Array): RoleTokens {
  const window = roleWindow(doc, cue.first, cue.last);
  const context = roleContext(doc, cue.first, cue.last, window, isCue);
  const claimed = sentencesWithOtherCues(doc, cue, window.first, window.last, isCue);
  // Another sentence with a cue of its own speaks for that cue, unless this cue's quotation runs into it;
  // the sentence before the cue's gives it neither source nor claim outside a quotation (over the PolNeAR
  // train split that changed 2 claims and 3 sources, the sources for the better), so it is not scored.
  const own = doc.sentenceOf[cue.first];
  const forced = (t: number) => (claimed.has(doc.sentenceOf[t]) && doc.quotes[t] !== context.besideQuote) || (doc.sentenceOf[t] < own && doc.quotes[t] < 0);
  const inCue = (t: number) => t >= cue.first && t < cue.last;
  const labels = decodeLabels(window.first, window.last, inCue, forced, roleScorer(context, model));
  const roles: RoleTokens = { source: [], content: [] };
  labels.forEach((label, i) => {
    if (label === 1) roles.source.push(window.first + i);
    else if (label === 2) roles.content.push(window.first + i);
  });
  return roles;
}
