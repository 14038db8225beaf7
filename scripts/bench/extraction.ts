import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractAttributions } from '../../lib/extract/index';
import { paragraphOf, splitSentences } from '../../lib/extract/sentences';
import { tokenize } from '../../lib/extract/tokenize';

const fixture = path.resolve(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'long-article.txt');
const rounds = 7;

// Sentences of the bench's own, used to build a long text when the fixture is absent.
const fallbackSentences = [
  'The ministry said in a statement that two people were killed near the bridge on Tuesday.',
  '"We returned fire in self-defence," the spokesman said, adding that no soldiers were hurt.',
  'According to residents, the convoy turned back after villagers blocked the road.',
  'The monitor, citing sources on the ground, reported that the toll had risen to four.',
];

function longText(): string {
  if (existsSync(fixture)) return readFileSync(fixture, 'utf8');
  const paragraphs: string[] = [];
  for (let i = 0; paragraphs.join(' ').split(/\s+/).length < 10_000; i++) paragraphs.push(fallbackSentences[i % fallbackSentences.length]);
  return paragraphs.join('\n\n');
}

/** Best time of each job over the rounds, the jobs taking turns so machine load hits both alike. */
function bestTimes(jobs: Array<() => unknown>): number[] {
  const best = jobs.map(() => Infinity);
  for (let round = 0; round < rounds; round++) {
    jobs.forEach((job, k) => {
      const start = performance.now();
      job();
      best[k] = Math.min(best[k], performance.now() - start);
    });
  }
  return best;
}

/** The bare walk: the text cut into tokens and sentences, nothing else. */
function splitIntoSentences(text: string): number {
  const tokens = tokenize(text);
  return splitSentences(tokens, paragraphOf(text, tokens)).length;
}

/** The platform's own sentence splitter (ICU), as a browser would walk the text. */
function segmentSentences(text: string): number {
  let count = 0;
  for (const _ of new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)) count++;
  return count;
}

/**
 * Prints the cost of extracting attributions from a 10,000-word article of the project's
 * own as a ratio to the bare cost of walking it and splitting it into sentences, in one run.
 */
export async function runExtractionBench(): Promise<void> {
  const text = longText();
  const found = extractAttributions(text).length;
  const jobs = [() => splitIntoSentences(text), () => segmentSentences(text), () => extractAttributions(text)];
  const [bare, segmenter, extraction] = bestTimes(jobs);
  const words = text.split(/\s+/).length;
  console.log(`extraction: ${words} words, ${found} attributions (best of ${rounds} rounds)`);
  console.log(`  tokenise + split sentences ${bare.toFixed(1)} ms; Intl.Segmenter sentences ${segmenter.toFixed(1)} ms; extraction ${extraction.toFixed(1)} ms`);
  console.log(`  extraction / tokenise + split: ${(extraction / bare).toFixed(1)}x; extraction / Intl.Segmenter split: ${(extraction / segmenter).toFixed(1)}x (target <= 3x)`);
}
