/**
 * `npm run eval:stance`: measures the stance engine (rules and shipped model, as
 * compareStance runs them) on an FNC-1 dev split held out by body (20% of body
 * ids, seed 1; see train-stance-data.ts) and on ClaimDiff train as a check of
 * claim against claim. Skips with a message where ../shared/data is absent.
 */
import { readFile } from 'node:fs/promises';
import { comparePrepared } from '../lib/stance/compare-stance';
import { shippedModel, type StanceModel } from '../lib/stance/model';
import { compareStance } from '../lib/stance';
import type { Relation } from '../lib/model/stance';
import { bodyCache } from './train-stance-features';
import { devSplit, loadClaimDiff, loadFnc, splitByBody, type FncLabel } from './train-stance-data';
import { f1Table, fncScore } from './train-stance-metrics';

const labelOf: Record<Relation, FncLabel> = { agrees: 'agree', contradicts: 'disagree', discusses: 'discuss', unrelated: 'unrelated' };
const labels: FncLabel[] = ['agree', 'disagree', 'discuss', 'unrelated'];

function confusion(gold: string[], predicted: string[], rows: string[], columns: string[]): void {
  console.log(`  gold \\ predicted ${columns.map((c) => c.padStart(12)).join('')}`);
  for (const row of rows) {
    const counts = columns.map((column) => gold.filter((g, i) => g === row && predicted[i] === column).length);
    console.log(`  ${row.padEnd(16)} ${counts.map((n) => String(n).padStart(12)).join('')}`);
  }
}

// `--model FILE` measures a variant written by `train-stance.ts --out FILE` instead of the shipped model.
async function chooseModel(): Promise<StanceModel> {
  const flag = process.argv.indexOf('--model');
  if (flag < 0 || !process.argv[flag + 1]) return shippedModel;
  const json = JSON.parse(await readFile(process.argv[flag + 1], 'utf8'));
  return { idf: json.idf ?? null, ensemble: json.ensemble ?? null, lexical: json.lexical ?? null };
}

async function evalFnc(model: StanceModel): Promise<void> {
  const data = await loadFnc();
  if (!data) return;
  const { dev } = splitByBody(data);
  const body = bodyCache(data, model.idf);
  const started = Date.now();
  const predicted = dev.map((pair) => labelOf[comparePrepared(pair.headline, body(pair.bodyId), { model }).relation]);
  const seconds = (Date.now() - started) / 1000;
  const gold = dev.map((pair) => pair.label);
  const f1 = f1Table(gold, predicted, labels);
  const macro = labels.reduce((sum, name) => sum + f1[name], 0) / labels.length;
  console.log(`FNC-1 dev (${Math.round(devSplit.share * 100)}% of body ids, seed ${devSplit.seed}): ${dev.length} pairs, ${(seconds * 1000 / dev.length).toFixed(2)} ms a pair`);
  console.log(`  FNC score: ${fncScore(gold, predicted).toFixed(4)} of the maximum`);
  console.log(`  F1: ${labels.map((name) => `${name} ${f1[name].toFixed(3)}`).join(', ')}; macro F1 ${macro.toFixed(3)}`);
  confusion(gold, predicted, labels, labels);
}

// ClaimDiff pairs are two outlets' claims on one news topic: related by construction,
// and "weakens" is the nearest thing it has to a contradiction.
async function evalClaimDiff(model: StanceModel): Promise<void> {
  const pairs = await loadClaimDiff();
  if (!pairs) return;
  const predicted = pairs.map((pair) => compareStance(pair.claimA, pair.claimB, { model }).relation);
  const gold = pairs.map((pair) => pair.label);
  const count = (test: (i: number) => boolean) => gold.filter((_, i) => test(i)).length;
  const weakens = count((i) => gold[i] === 'weakens');
  const caught = count((i) => gold[i] === 'weakens' && predicted[i] === 'contradicts');
  const called = count((i) => predicted[i] === 'contradicts');
  const recall = caught / Math.max(1, weakens);
  const precision = caught / Math.max(1, called);
  const f1 = caught === 0 ? 0 : (2 * recall * precision) / (recall + precision);
  console.log(`ClaimDiff train: ${pairs.length} pairs of claims by two outlets on one news topic (claim b read against claim a).`);
  console.log('  Measures whether compareStance says "contradicts" exactly where b weakens a; all pairs share a topic.');
  console.log(`  weakens as contradicts: F1 ${f1.toFixed(3)} (recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}, ${weakens} weakening pairs)`);
  const strengthens = count((i) => gold[i] === 'strengthens');
  const backed = count((i) => gold[i] === 'strengthens' && predicted[i] === 'agrees');
  const unrelated = count((i) => predicted[i] === 'unrelated') / pairs.length;
  console.log(`  strengthens as agrees: recall ${(backed / Math.max(1, strengthens)).toFixed(3)}; called unrelated: ${unrelated.toFixed(3)} of pairs`);
  confusion(gold, predicted, ['strengthens', 'weakens', 'neither'], ['agrees', 'contradicts', 'discusses', 'unrelated']);
}

async function main(): Promise<void> {
  const model = await chooseModel();
  await evalFnc(model);
  await evalClaimDiff(model);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
