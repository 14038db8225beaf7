import { featureRoom } from '../lib/extract/cue-features';
import { pairedRoleFeatures, roleContext, roleFeatures, withPreviousLabel } from '../lib/extract/role-features';
import { roleWindow } from '../lib/extract/role-window';
import { cueLabels } from '../lib/extract/tag-cues';
import { decodeLabels } from '../lib/extract/viterbi';
import { roleLabels, sentencesWithOtherCues } from '../lib/extract/tag-roles';
import { AveragedPerceptron } from './train-attribution-perceptron';
import type { StoredModel } from '../lib/extract/perceptron';
import type { LabelledArticle } from './train-attribution-corpus';
import { shuffled, toExample, trainCues, type Example } from './train-attribution-examples';

const features = new Uint32Array(featureRoom);
const paired = new Uint32Array(pairedRoleFeatures);

/**
 * One structured-perceptron step per attribution: decode the window as tagRoles does, then move
 * weight from the decoded labels (after their own previous labels) to the gold ones.
 */
function trainRoles(model: AveragedPerceptron, example: Example): void {
  const { doc } = example;
  for (const attribution of example.attributions) {
    const cue = { first: attribution.first, last: attribution.last };
    const window = roleWindow(doc, cue.first, cue.last);
    const context = roleContext(doc, cue.first, cue.last, window, example.isCue);
    const claimed = sentencesWithOtherCues(doc, cue, window.first, window.last, example.isCue);
    const forced = (t: number) => claimed.has(doc.sentenceOf[t]) && doc.quotes[t] !== context.besideQuote;
    const featuresOf = (t: number, previous: number) => withPreviousLabel(paired, previous, features, roleFeatures(context, t, features, paired));
    const score = (t: number, previous: number, out: Float64Array) => model.scores(features, featuresOf(t, previous), out);
    const guessed = decodeLabels(window.first, window.last, (t) => t >= cue.first && t < cue.last, forced, score);
    model.tick();
    let [goldBefore, guessBefore] = [0, 0];
    for (let t = window.first; t < window.last; t++) {
      const inCue = t >= cue.first && t < cue.last;
      const gold = inCue ? 0 : roleLabels.indexOf(attribution.roles[t]);
      const guess = guessed[t - window.first];
      if (!inCue && (gold !== guess || goldBefore !== guessBefore)) {
        model.adjust(features, featuresOf(t, goldBefore), gold, 1);
        model.adjust(features, featuresOf(t, guessBefore), guess, -1);
      }
      [goldBefore, guessBefore] = [gold, guess];
    }
  }
}

/** How long to train, and 2^bits hashed weights per label. */
export interface TrainOptions {
  epochs: number;
  bits: number;
  log?: (line: string) => void;
}

/** Trains the cue and role taggers on labelled articles for `epochs` passes in a fixed shuffled order. */
export function trainTaggers(articles: LabelledArticle[], { epochs, bits, log = () => {} }: TrainOptions): { cue: StoredModel; role: StoredModel } {
  const examples = articles.map(toExample);
  const cue = new AveragedPerceptron(cueLabels, bits);
  const role = new AveragedPerceptron(roleLabels, bits);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const example of shuffled(examples, epoch + 1)) {
      trainCues(cue, example);
      trainRoles(role, example);
    }
    log(`epoch ${epoch + 1}/${epochs} done`);
  }
  return { cue: cue.export(), role: role.export() };
}
