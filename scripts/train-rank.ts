// Trains the re-ranker (lib/search/rank-model.json) on CLEF-2020 Task 2 train:
// a linear model over standardised features, fitted with a pairwise logistic
// loss (each relevant candidate against each other candidate of its query),
// each pair weighted by how much swapping the two changes MAP@5 (LambdaRank).
// The file holds feature statistics and weights only, no text from the data.
// Prints 5-fold cross-validation on train and the score on dev.
// Usage: npx tsx scripts/train-rank.ts
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clefAvailable, clefDirectory, loadQueries, loadVerifiedClaims, type ClefQuery } from './clef2020';
import { averagePrecisionAt } from './rank-metrics';
import { SearchIndex } from '../lib/search/index';
import { featureNames } from '../lib/search/rerank-features';
import { modelScore, type RankModel } from '../lib/search/rerank';

const depth = 20;
const epochs = 600;
const learningRate = 1.5;
const l2 = 1e-3;
/** Every pair still counts this much, so candidates below the top five keep their order. */
const pairFloor = 0.05;

/** One query's candidates with features and labels, and how many relevant claims it has. */
interface LabelledList {
  rows: Array<{ id: string; features: number[]; relevant: boolean }>;
  relevantCount: number;
}

function collect(index: SearchIndex, queries: ClefQuery[]): LabelledList[] {
  return queries.map((query) => ({
    rows: index.rankingFeatures(query.text, depth).map(({ id, features }) => ({ id, features, relevant: query.relevant.has(id) })),
    relevantCount: query.relevant.size,
  }));
}

function standardise(lists: LabelledList[]): { mean: number[]; scale: number[] } {
  const rows = lists.flatMap((list) => list.rows.map((row) => row.features));
  const mean = featureNames.map((_, f) => rows.reduce((sum, row) => sum + row[f], 0) / rows.length);
  const scale = featureNames.map((_, f) => Math.sqrt(rows.reduce((sum, row) => sum + (row[f] - mean[f]) ** 2, 0) / rows.length) || 1);
  return { mean, scale };
}

/** What a list's top five gain from the relevant claim at this rank: AP@5 with one relevant claim. */
function gainAt(rank: number): number {
  return rank < 5 ? 1 / (rank + 1) : 0;
}

/** Each candidate's rank under the current scores (0 is first). */
function ranksOf(scores: number[]): number[] {
  const ranks = new Array<number>(scores.length);
  scores
    .map((_, index) => index)
    .sort((left, right) => scores[right] - scores[left])
    .forEach((index, rank) => {
      ranks[index] = rank;
    });
  return ranks;
}

function gradientStep(model: RankModel, lists: LabelledList[]): void {
  const gradient = new Array<number>(featureNames.length).fill(0);
  let pairs = 0;
  for (const { rows } of lists) {
    const scores = rows.map((row) => modelScore(model, row.features));
    const ranks = ranksOf(scores);
    rows.forEach((positive, p) => {
      if (!positive.relevant) return;
      rows.forEach((negative, n) => {
        if (negative.relevant) return;
        // LambdaRank: pairs whose swap changes the top five count most.
        const weight = Math.abs(gainAt(ranks[p]) - gainAt(ranks[n])) + pairFloor;
        const pull = weight / (1 + Math.exp(scores[p] - scores[n]));
        featureNames.forEach((_, f) => {
          gradient[f] += (pull * (positive.features[f] - negative.features[f])) / model.scale[f];
        });
        pairs += 1;
      });
    });
  }
  featureNames.forEach((_, f) => {
    model.weights[f] += learningRate * (gradient[f] / Math.max(pairs, 1) - l2 * model.weights[f]);
  });
}

function fit(lists: LabelledList[]): RankModel {
  const learnable = lists.filter((list) => list.rows.some((row) => row.relevant));
  const model: RankModel = { features: [...featureNames], ...standardise(learnable), weights: featureNames.map(() => 0), depth };
  for (let epoch = 0; epoch < epochs; epoch += 1) gradientStep(model, learnable);
  return model;
}

/** MAP@5 of the model re-ordering each list (queries with no relevant candidate score 0). */
function meanAveragePrecision(model: RankModel, lists: LabelledList[]): number {
  const total = lists.reduce((sum, list) => {
    const ranked = [...list.rows].sort((left, right) => modelScore(model, right.features) - modelScore(model, left.features));
    const relevant = new Set(list.rows.filter((row) => row.relevant).map((row) => row.id));
    const ap = averagePrecisionAt(ranked.map((row) => row.id), relevant, 5);
    return sum + (ap * Math.min(relevant.size, 5)) / Math.min(list.relevantCount, 5);
  }, 0);
  return total / lists.length;
}

function crossValidate(lists: LabelledList[], folds: number): number {
  let total = 0;
  for (let fold = 0; fold < folds; fold += 1) {
    const held = lists.filter((_, index) => index % folds === fold);
    total += meanAveragePrecision(fit(lists.filter((_, index) => index % folds !== fold)), held) * held.length;
  }
  return total / lists.length;
}

async function main(): Promise<void> {
  if (!clefAvailable()) {
    console.log(`train-rank skipped: no CLEF-2020 data at ${clefDirectory}`);
    return;
  }
  const index = SearchIndex.create(await loadVerifiedClaims());
  const train = collect(index, await loadQueries('train'));
  const dev = collect(index, await loadQueries('dev'));
  console.log(`5-fold cross-validation on train: MAP@5 ${crossValidate(train, 5).toFixed(4)}`);
  const model = fit(train);
  console.log(`train MAP@5 ${meanAveragePrecision(model, train).toFixed(4)}, dev MAP@5 ${meanAveragePrecision(model, dev).toFixed(4)}`);
  featureNames.forEach((name, f) => console.log(`  ${name.padEnd(18)} ${model.weights[f].toFixed(3)}`));
  const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'lib', 'search', 'rank-model.json');
  await writeFile(target, `${JSON.stringify(model, null, 1)}\n`);
  console.log(`wrote ${target}`);
}

main().catch((error: unknown) => {
  console.error(`train-rank failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
