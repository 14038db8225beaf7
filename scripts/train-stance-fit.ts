/**
 * Fits the stance model (idf, wording model, trees) on a set of FNC-1 pairs;
 * shared by train-stance.ts (the shipped model) and train-stance-cv.ts (folds of train).
 */
import { featureNames } from '../lib/stance/features';
import { buildIdf, type IdfTable } from '../lib/stance/idf';
import { lexicalProbabilities, type LexicalModel } from '../lib/stance/lexical';
import type { TreeEnsemble } from '../lib/stance/boosted-trees';
import { contentWords } from '../lib/stance/words';
import { featureRows } from './train-stance-features';
import { fncLabels, type FncData, type FncPair } from './train-stance-data';
import { trainEnsemble } from './train-stance-gbm';
import { trainLexical } from './train-stance-lexical';

const idfBuckets = 1 << 14;
// Rarer classes weigh more so the models do not learn to ignore "disagree".
const classWeights: Record<string, number> = { agree: 1.5, disagree: 3, discuss: 1, unrelated: 1 };
export const treeParams = {
  rounds: Number(process.env.STANCE_ROUNDS ?? 200),
  depth: Number(process.env.STANCE_DEPTH ?? 5),
  learningRate: Number(process.env.STANCE_RATE ?? 0.1),
  lambda: 1,
  minRows: 20,
  subsample: 0.6,
  bins: 48,
};
export const lexicalParams = { buckets: 1 << 14, epochs: 4, learningRate: 0.05, l2: 1e-4 };
const stanceClasses = ['agree', 'disagree', 'discuss'];
const folds = 5;

/** A fitted model as written to JSON. */
export interface FittedStance {
  idf: IdfTable;
  lexical: LexicalModel;
  ensemble: TreeEnsemble;
}

function fitLexical(pairs: FncPair[], words: number[][], indices: number[]) {
  const related = indices.filter((i) => pairs[i].label !== 'unrelated');
  return trainLexical(
    related.map((i) => words[i]),
    related.map((i) => stanceClasses.indexOf(pairs[i].label)),
    related.map((i) => classWeights[pairs[i].label]),
    stanceClasses,
    lexicalParams,
  );
}

// Each training row gets the wording model's opinion from a model that never saw
// its body (folds by body), so the trees learn how far to trust it on new text.
function outOfFold(pairs: FncPair[], words: number[][]): number[][] {
  const foldOf = (bodyId: string) => Number(bodyId) % folds;
  const opinions: number[][] = pairs.map(() => []);
  for (let fold = 0; fold < folds; fold += 1) {
    const inside = pairs.map((_, i) => i).filter((i) => foldOf(pairs[i].bodyId) !== fold);
    const model = fitLexical(pairs, words, inside);
    pairs.forEach((pair, i) => {
      if (foldOf(pair.bodyId) === fold) opinions[i] = lexicalProbabilities(model, words[i]);
    });
  }
  return opinions;
}

/** Fits idf, wording model and trees on `train`, logging each step's time. */
export function fitStance(train: FncPair[], data: FncData, log: (line: string) => void = console.log): FittedStance {
  const documents = [...new Set(train.map((pair) => pair.bodyId))].map((id) => contentWords(data.bodies.get(id) ?? ''));
  for (const headline of new Set(train.map((pair) => pair.headline))) documents.push(contentWords(headline));
  const idf = buildIdf(documents, idfBuckets);
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  const { rows, words } = featureRows(train, data, idf, lexicalParams.buckets);
  if (rows[0]?.length !== featureNames.length) throw new Error(`expected ${featureNames.length} features, got ${rows[0]?.length}`);
  log(`${featureNames.length} features for ${rows.length} training pairs in ${elapsed()}`);
  const opinions = outOfFold(train, words);
  const lexical = fitLexical(train, words, train.map((_, i) => i));
  log(`wording model (${folds} folds and final) in ${elapsed()}`);
  const inputs = rows.map((row, i) => [...row, ...opinions[i]]);
  const labels = train.map((pair) => fncLabels.indexOf(pair.label));
  const ensemble = trainEnsemble(inputs, labels, train.map((pair) => classWeights[pair.label]), [...fncLabels], treeParams);
  log(`trees (${treeParams.rounds} rounds) in ${elapsed()}`);
  return { idf, lexical, ensemble };
}
