import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../lib/extract/index';

// Each input is about 5 MB: long enough to expose any quadratic step, bounded so the test ends.
const size = 5_000_000;
const hostile: Array<[string, string]> = [
  ['100k quotation marks without spaces', `${'"'.repeat(100_000)}${'x'.repeat(size - 100_000)}`],
  ['a run of "said said said"', 'said '.repeat(size / 5)],
  ['a run of "said," with commas', 'X said, '.repeat(size / 8)],
  ['nested curly quotes', '“‘“‘ he said ’”’” '.repeat(size / 18)],
  ['capitalised words and brackets', 'Aa-Bb Cc (ABC) '.repeat(size / 15)],
  // Hundreds of thousands of attributions in one paragraph: more than a call's argument list can hold.
  ['one paragraph of signed quotes', '“Aa bb,” said Cc Dd. '.repeat(size / 21)],
  ['one paragraph of speakers described by who', '“Aa,” a man who said bb told Cc. '.repeat(size / 33)],
];

describe('extractAttributions on hostile text', () => {
  it.each(hostile)('terminates with spans inside the text: %s', (_, text) => {
    const found = extractAttributions(text);
    for (const attribution of found.slice(0, 1000)) {
      for (const span of [attribution.cue, attribution.content, attribution.source]) {
        if (span === null) continue;
        expect(span.start).toBeLessThanOrEqual(span.end);
        expect(span.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(span.start, span.end)).toBe(span.text);
      }
    }
  }, 120_000);
});
