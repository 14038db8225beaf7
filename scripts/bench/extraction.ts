import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readDocument } from '../../lib/extract/document';
import { extractAttributions } from '../../lib/extract/index';

const fixture = path.resolve(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'long-article.txt');
const rounds = 5;

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

function bestTime(work: () => unknown): number {
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Walks the text character by character and splits it into sentences at ". ", "! ", "? ". */
function bareSentenceSplit(text: string): number {
  let sentences = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if ((char === 46 || char === 33 || char === 63) && (i + 1 === text.length || text.charCodeAt(i + 1) <= 32)) sentences++;
  }
  return sentences;
}

/**
 * Prints the cost of extracting attributions from a 10,000-word article as a ratio to the
 * bare cost of walking it and splitting it into sentences, and to tokenising it, in one run.
 */
export async function runExtractionBench(): Promise<void> {
  const text = longText();
  extractAttributions(text);
  const bare = bestTime(() => bareSentenceSplit(text));
  const reading = bestTime(() => readDocument(text));
  const extraction = bestTime(() => extractAttributions(text));
  const words = text.split(/\s+/).length;
  console.log(`extraction: ${words} words, ${extractAttributions(text).length} attributions`);
  console.log(`  bare walk + sentence split ${bare.toFixed(2)} ms; tokenise + sentences + quotes ${reading.toFixed(2)} ms; extraction ${extraction.toFixed(2)} ms`);
  console.log(`  extraction / bare sentence split: ${(extraction / bare).toFixed(1)}x; extraction / reading the text: ${(extraction / reading).toFixed(1)}x (target <= 3x)`);
}
