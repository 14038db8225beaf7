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

// "He allegedly waved a knife": a hedging adverb mid-sentence is a cue on its own, with nobody named.
describe('a hedging adverb is a cue even where the cue model misses it', () => {
  it.each([
    ['The clerk testified on Monday. He allegedly waved a knife at the guards.', 'He allegedly waved a knife at the guards', 'allegedly'],
    ['The firm purportedly hid the losses from its auditors.', 'The firm purportedly hid the losses from its auditors', 'purportedly'],
  ])('%s', (text, content, hedge) => {
    const found = extractAttributions(text).find((a) => a.cue.text === hedge);
    expect(found).toMatchObject({ source: null, speakerKind: 'unnamed', content: { text: content }, hedges: [hedge] });
  });

  it('hedges only its own clause', () => {
    const [hedged] = extractAttributions('Farmers reportedly blocked the road, and the guards answered by firing shots.').filter((a) => a.cue.text === 'reportedly');
    expect(hedged?.content.text).toBe('Farmers reportedly blocked the road');
  });

  it('is the hedge of another cue in its sentence, not a cue of its own', () => {
    const found = extractAttributions('The reporter Ana Rios published a photo that allegedly shows the convoy.');
    expect(found.map((a) => a.cue.text)).not.toContain('allegedly');
  });

  it('is no cue inside a quotation or beside a reporting verb', () => {
    expect(extractAttributions('“They allegedly lied,” the judge said.').map((a) => a.cue.text)).not.toContain('allegedly');
    expect(extractAttributions('The guards allegedly beat two men, a lawyer said.').map((a) => a.cue.text)).not.toContain('allegedly');
  });
});
