import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { cueFeatures, featureRoom } from '../lib/extract/cue-features';
import { readDocument, type ExtractDocument } from '../lib/extract/document';
import { roleContext, roleFeatures } from '../lib/extract/role-features';
import { roleWindow } from '../lib/extract/role-window';
import { cueLabels } from '../lib/extract/tag-cues';
import { roleLabels } from '../lib/extract/tag-roles';
import { AveragedPerceptron } from './train-attribution-perceptron';
import { readPolnear, type LabelledArticle, type Piece } from './train-attribution-corpus';

/** Trains the cue and role taggers on PolNeAR train and writes lib/extract/attribution-model.json. */
const epochs = Number(process.env.EPOCHS ?? 6);
// 2^17 hashed weights per label: few collisions, and the shipped file stays near 1 MB.
const hashBits = 17;
const modelPath = path.resolve(import.meta.dirname, '..', 'lib', 'extract', 'attribution-model.json');

interface Example {
  doc: ExtractDocument;
  cueTags: string[];
  isCue: Uint8Array;
  attributions: Array<{ first: number; last: number; roles: string[] }>;
}

function tokensIn(doc: ExtractDocument, pieces: Piece[]): number[] {
  const found = new Set<number>();
  for (const piece of pieces) {
    let low = 0;
    let high = doc.tokens.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (doc.tokens[middle].end <= piece.start) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < doc.tokens.length && doc.tokens[i].start < piece.end; i++) found.add(i);
  }
  return [...found].sort((a, b) => a - b);
}

function toExample(article: LabelledArticle): Example {
  const doc = readDocument(article.text);
  const cueTags = doc.tokens.map(() => 'O');
  const isCue = new Uint8Array(doc.tokens.length);
  const attributions = article.gold.flatMap((gold) => {
    const cue = tokensIn(doc, gold.cue);
    if (cue.length === 0) return [];
    cue.forEach((i) => {
      cueTags[i] = isCue[i - 1] && cueTags[i - 1] !== 'O' ? 'I' : 'B';
      isCue[i] = 1;
    });
    const roles = doc.tokens.map(() => 'O');
    tokensIn(doc, gold.content).forEach((i) => (roles[i] = 'C'));
    tokensIn(doc, gold.source).forEach((i) => (roles[i] = 'S'));
    return [{ first: cue[0], last: cue[cue.length - 1] + 1, roles }];
  });
  return { doc, cueTags, isCue, attributions };
}

const features = new Uint32Array(featureRoom);

function trainCues(model: AveragedPerceptron, example: Example): void {
  let previous = 0;
  example.doc.tokens.forEach((_, i) => {
    if (i > 0 && example.doc.sentenceOf[i] !== example.doc.sentenceOf[i - 1]) previous = 0;
    const count = cueFeatures(example.doc, i, previous, features);
    const guess = model.predict(features, count);
    model.update(features, count, cueLabels.indexOf(example.cueTags[i]), guess);
    previous = guess;
  });
}

function trainRoles(model: AveragedPerceptron, example: Example): void {
  for (const attribution of example.attributions) {
    const window = roleWindow(example.doc, attribution.first, attribution.last);
    const context = roleContext(example.doc, attribution.first, attribution.last, window, example.isCue);
    let previous = 0;
    for (let t = window.first; t < window.last; t++) {
      if (t >= attribution.first && t < attribution.last) {
        previous = 0;
        continue;
      }
      const count = roleFeatures(context, t, previous, features);
      const guess = model.predict(features, count);
      model.update(features, count, roleLabels.indexOf(attribution.roles[t]), guess);
      previous = guess;
    }
  }
}

function shuffled<T>(items: T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

function main(): void {
  const articles = readPolnear('train');
  if (!articles) {
    console.log('train-attribution: ../shared/data/polnear/train is absent; nothing to train.');
    return;
  }
  const examples = articles.map(toExample);
  const cue = new AveragedPerceptron(cueLabels, hashBits);
  const role = new AveragedPerceptron(roleLabels, hashBits);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const example of shuffled(examples, epoch + 1)) {
      trainCues(cue, example);
      trainRoles(role, example);
    }
    console.log(`epoch ${epoch + 1}/${epochs} done`);
  }
  const model = JSON.stringify({ cue: cue.export(), role: role.export() });
  writeFileSync(modelPath, model);
  console.log(`wrote ${modelPath} (${(model.length / 1024).toFixed(0)} KB)`);
}

main();
