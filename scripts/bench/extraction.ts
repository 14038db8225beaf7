import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractAttributions } from '../../lib/extract/index';
import { paragraphOf, splitSentences } from '../../lib/extract/sentences';
import { tokenize } from '../../lib/extract/tokenize';

const fixture = path.resolve(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'long-article.txt');
const rounds = 15;
const target = 3;

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

/** Best wall-clock and best CPU time of one job, in milliseconds. */
interface Timing {
  wall: number;
  cpu: number;
}

/**
 * Best times of each job over the rounds. The jobs take turns so machine load hits all alike,
 * and each starts on an emptied young generation (under `node --expose-gc`, as `npm run bench`
 * runs) so none pays for garbage another left. A minor collection, not a full one: a forced full
 * collection shrinks the heap, and the next job then pays to grow it back (+60% here).
 */
function bestTimes(jobs: Array<() => unknown>): Timing[] {
  const gc = (globalThis as { gc?: (options: { type: 'minor' }) => void }).gc;
  const collect = () => gc?.({ type: 'minor' });
  const best = jobs.map(() => ({ wall: Infinity, cpu: Infinity }));
  for (let round = 0; round < rounds; round++) {
    jobs.forEach((job, k) => {
      collect();
      const [start, cpuStart] = [performance.now(), process.cpuUsage()];
      job();
      const cpu = process.cpuUsage(cpuStart);
      best[k] = { wall: Math.min(best[k].wall, performance.now() - start), cpu: Math.min(best[k].cpu, (cpu.user + cpu.system) / 1000) };
    });
  }
  return best;
}

/** Extraction's own first pass: the text cut into tokens and sentences, nothing else. */
function splitIntoSentences(text: string): number {
  const tokens = tokenize(text);
  return splitSentences(tokens, paragraphOf(text, tokens)).length;
}

/** The platform's own sentence splitter (ICU's Unicode sentence rules), as a browser would walk the text. */
function segmentSentences(text: string): number {
  let count = 0;
  for (const _ of new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)) count++;
  return count;
}

const verdict = (ratio: number) => (ratio <= target ? 'meets' : 'misses');
const ms = (timing: Timing) => `${timing.cpu.toFixed(1)} ms (wall ${timing.wall.toFixed(1)})`;

/**
 * Prints the cost of extracting attributions from a 10,000-word article of the project's
 * own as a ratio to the bare cost of walking it and splitting it into sentences, in one run,
 * against both baselines, and says which one the target is held to. Costs are CPU times: on a
 * shared machine the wall clock of a long job counts the time other processes held the core.
 */
export async function runExtractionBench(): Promise<void> {
  const text = longText();
  const found = extractAttributions(text).length;
  const jobs = [() => segmentSentences(text), () => splitIntoSentences(text), () => extractAttributions(text)];
  const [segmenter, bare, extraction] = bestTimes(jobs);
  const words = text.split(/\s+/).length;
  const [bySegmenter, byBare] = [extraction.cpu / segmenter.cpu, extraction.cpu / bare.cpu];
  console.log(`extraction: ${words} words, ${found} attributions (best CPU time of ${rounds} interleaved rounds, best wall clock beside it)`);
  console.log(`  sentence walk by Intl.Segmenter ${ms(segmenter)}; by our tokeniser + splitter ${ms(bare)}; extraction ${ms(extraction)}`);
  console.log(`  extraction / Intl.Segmenter walk: ${bySegmenter.toFixed(1)}x, ${verdict(bySegmenter)} the target <= ${target}x (wall clock: ${(extraction.wall / segmenter.wall).toFixed(1)}x)`);
  console.log(`  extraction / our tokeniser + splitter: ${byBare.toFixed(1)}x, ${verdict(byBare)} ${target}x (reported, not the target's baseline)`);
  console.log("  Why Intl.Segmenter: it is the standard sentence walk a browser offers, Unicode's sentence rules applied to");
  console.log('  every character. Our splitter is one regular-expression scan, the first step of extraction itself; against');
  console.log("  it the taggers' weight lookups alone (dozens per token, spread over about 1 MB of weights) cost more than 3x.");
}
