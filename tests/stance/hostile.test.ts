import { describe, expect, it } from 'vitest';
import { compareStance } from '../../lib/stance';
import { splitSentences } from '../../lib/stance/sentences';
import { stanceSchema } from '../../lib/model/stance';

describe('compareStance on hostile input', () => {
  it('handles a very long evidence article', () => {
    const paragraph = 'Residents of the valley said the water supply was cut for two days after the storm. ';
    const evidence = `${paragraph.repeat(3_000)}The strike killed two guards.`;
    const stance = compareStance('The strike killed one guard.', evidence);
    expect(stanceSchema.safeParse(stance).success).toBe(true);
  });

  it.each([
    ['one endless sentence', 'word '.repeat(40_000)],
    ['nested punctuation', '((((!!!!????....'.repeat(10_000)],
    ['a run of digits and separators', '9,9.9-'.repeat(20_000)],
  ])('stays well-formed on %s', (_name, evidence) => {
    const stance = compareStance('The strike killed one guard near the gate.', evidence);
    expect(stanceSchema.safeParse(stance).success).toBe(true);
  });

  it('cuts runaway sentences so no sentence swallows a page', () => {
    const sentences = splitSentences('x'.repeat(5_000));
    expect(Math.max(...sentences.map((sentence) => sentence.text.length))).toBeLessThanOrEqual(601);
  });
});
