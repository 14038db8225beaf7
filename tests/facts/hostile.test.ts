import { describe, expect, it } from 'vitest';
import { readFacts } from '../../lib/facts';

describe('readFacts on hostile input', () => {
  it.each([
    ['a long run of one letter', 'a'.repeat(50_000)],
    ['many hyphens and apostrophes', "al-'-".repeat(20_000)],
    ['many numbers and separators', '1,2,3.4,'.repeat(10_000)],
    ['a long run of negations', 'not no never '.repeat(5_000)],
    ['nested quantities', 'at least more than up to '.repeat(4_000)],
    ['only punctuation', '.,;:!?"()'.repeat(10_000)],
  ])('stays quick and well-formed on %s', (_name, text) => {
    const started = performance.now();
    const facts = readFacts(text);
    expect(facts.tolls.length).toBeGreaterThanOrEqual(0);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
