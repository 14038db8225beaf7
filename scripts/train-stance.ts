import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIdf } from '../lib/stance/idf';
import { contentWords } from '../lib/stance/words';
import { featureRows } from './train-stance-features';
import { fncLabels, loadFnc, splitByBody } from './train-stance-data';
import { trainEnsemble } from './train-stance-gbm';

const modelPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'lib', 'stance', 'stance-model.json');
const idfBuckets = 1 << 14;
// Rarer classes weigh more so the trees do not learn to ignore "disagree".
const classWeights: Record<string, number> = { agree: 1.5, disagree: 3, discuss: 1, unrelated: 1 };
const params = { rounds: 120, depth: 4, learningRate: 0.12, lambda: 1, minRows: 20, subsample: 0.6, bins: 48 };

async function main(): Promise<void> {
  const data = await loadFnc();
  if (!data) return;
  const { train } = splitByBody(data);
  const trainBodies = new Set(train.map((pair) => pair.bodyId));
  const documents = [...trainBodies].map((id) => contentWords(data.bodies.get(id) ?? ''));
  for (const headline of new Set(train.map((pair) => pair.headline))) documents.push(contentWords(headline));
  const idf = buildIdf(documents, idfBuckets);
  const started = Date.now();
  const rows = featureRows(train, data, idf);
  console.log(`features for ${rows.length} training pairs in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const labels = train.map((pair) => fncLabels.indexOf(pair.label));
  const weights = train.map((pair) => classWeights[pair.label]);
  const ensemble = trainEnsemble(rows, labels, weights, [...fncLabels], params);
  console.log(`trained ${params.rounds} rounds in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const json = JSON.stringify({ version: 1, trainedOn: 'FNC-1 train minus dev bodies (20%, seed 1)', params, idf, ensemble });
  await writeFile(modelPath, json);
  console.log(`wrote ${modelPath} (${(json.length / 1024).toFixed(0)} KB)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
