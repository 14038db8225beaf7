/**
 * `npx tsx scripts/train-stance.ts [--out FILE]`: fits the stance model on FNC-1
 * train minus the dev bodies and writes lib/stance/stance-model.json: hashed
 * word weights and trees, no text. Skips with a message where the data is absent.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFnc, splitByBody } from './train-stance-data';
import { fitStance, lexicalParams, treeParams } from './train-stance-fit';

const shippedPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'lib', 'stance', 'stance-model.json');
// `--out FILE` writes elsewhere, to compare a variant before it replaces the shipped model.
const outFlag = process.argv.indexOf('--out');
const modelPath = outFlag >= 0 && process.argv[outFlag + 1] ? path.resolve(process.argv[outFlag + 1]) : shippedPath;

async function main(): Promise<void> {
  const data = await loadFnc();
  if (!data) return;
  const { train } = splitByBody(data);
  const { idf, lexical, ensemble } = fitStance(train, data);
  const trainedOn = 'FNC-1 train minus the dev bodies (20% of body ids, seed 1)';
  const json = JSON.stringify({ version: 2, trainedOn, treeParams, lexicalParams, idf, lexical, ensemble });
  await writeFile(modelPath, json);
  console.log(`wrote ${modelPath} (${(json.length / 1024).toFixed(0)} KB)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
