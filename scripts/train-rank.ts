// Trains the re-ranker (lib/search/rank-model.json) on CLEF-2020 Task 2 train:
// a linear model over standardised features, fitted with a pairwise logistic
// loss (each relevant candidate against each other candidate of its query).
// The file holds feature statistics and weights only, no text from the data.
// Usage: npx tsx scripts/train-rank.ts
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clefAvailable, clefDirectory, loadQueries, loadVerifiedClaims, type ClefQuery } from './clef2020';
import { rankQuality } from './rank-metrics';
import { SearchIndex } from '../lib/search/index';
import { featureNames } from '../lib/search/rerank-features';
import { modelScore, type RankModel } from '../lib/search/rerank';

const depth = 50;
const epochs = 400;
const learningRate = 0.5;
const l2 = 1e-3;

interface LabelledList {
  rows: Array<{ features: number[]; relevant: boolean }>;
}

function collect(index: SearchIndex, queries: ClefQuery[]): LabelledList[] {
  return queries.map((query) => ({
    rows: index.rankingFeatures(query.text, depth).map(({ id, features }) => ({ features, relevant: query.relevant.has(id) })),
  }));
}

function standardise(lists: LabelledList[]): { mean: number[]; scale: number[] } {
  const rows = lists.flatMap((list) => list.rows.map((row) => row.features));
  const mean = featureNames.map((_, f) => rows.reduce((sum, row) => sum + row[f], 0) / rows.length);
  const scale = featureNames.map((_, f) => Math.sqrt(rows.reduce((sum, row) => sum + (row[f] - mean[f]) ** 2, 0) / rows.length) || 1);
  return { mean, scale };
}

function gradientStep(model: RankModel, lists: LabelledList[]): void {
  const gradient = new Array<number>(featureNames.length).fill(0);
  let pairs = 0;
  for (const { rows } of lists) {
    const scores = rows.map((row) => modelScore(model, row.features));
    rows.forEach((positive, p) => {
      if (!positive.relevant) return;
      rows.forEach((negative, n) => {
        if (negative.relevant) return;
        const pull = 1 / (1 + Math.exp(scores[p] - scores[n]));
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

function quality(index: SearchIndex, queries: ClefQuery[], model: RankModel): string {
  const rankings = queries.map((query) => ({ ranked: index.search(query.text, 5, model).map((result) => result.id), relevant: query.relevant }));
  const { map, mrr } = rankQuality(rankings, 5);
  return `MAP@5 ${map.toFixed(4)} MRR ${mrr.toFixed(4)}`;
}

async function main(): Promise<void> {
  if (!clefAvailable()) {
    console.log(`train-rank skipped: no CLEF-2020 data at ${clefDirectory}`);
    return;
  }
  const index = SearchIndex.create(await loadVerifiedClaims());
  const train = await loadQueries('train');
  const lists = collect(index, train).filter((list) => list.rows.some((row) => row.relevant));
  const model: RankModel = { features: [...featureNames], ...standardise(lists), weights: featureNames.map(() => 0), depth };
  for (let epoch = 0; epoch < epochs; epoch += 1) gradientStep(model, lists);
  console.log(`train (${lists.length} queries with a relevant candidate in the top ${depth}): ${quality(index, train, model)}`);
  console.log(`dev: ${quality(index, await loadQueries('dev'), model)}`);
  featureNames.forEach((name, f) => console.log(`  ${name.padEnd(18)} ${model.weights[f].toFixed(3)}`));
  const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'lib', 'search', 'rank-model.json');
  await writeFile(target, `${JSON.stringify(model, null, 1)}\n`);
  console.log(`wrote ${target}`);
}

main().catch((error: unknown) => {
  console.error(`train-rank failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
