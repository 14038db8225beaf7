import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../lib/extract/index';

// "X reportedly did Y": the claim is X and what X did, one span with the adverb inside.
describe('an adverb cue keeps the subject in its claim', () => {
  it.each([
    ['Dozens of farmers from the valley reportedly tried to stop the trucks from entering.', 'Dozens of farmers from the valley reportedly tried to stop the trucks from entering'],
    // Something before the subject other than a dateline: the claim starts after the adverb as before.
    ['In May, the guards reportedly beat two prisoners.', 'beat two prisoners'],
  ])('%s', (text, content) => {
    const found = extractAttributions(text).find((a) => a.cue.text === 'reportedly');
    expect(found).toMatchObject({ source: null, content: { text: content }, hedges: ['reportedly'] });
  });
});
