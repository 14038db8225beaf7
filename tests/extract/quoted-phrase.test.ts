import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../lib/extract/index';

// A quoted phrase inside a claim does not end it when a list goes on after the closing mark.
describe('a claim runs on past a quoted phrase in a list', () => {
  it.each([
    [
      'Witnesses said the guards answered by firing “warning flares” and rubber bullets, injuring one farmer and bruising another.',
      'said',
      'the guards answered by firing “warning flares” and rubber bullets, injuring one farmer and bruising another',
    ],
    // The clause after the quotation is a new one ("but ..."): the claim stops where the model ends it.
    ['The minister said the plan was “reckless” but declined to say more.', 'said', 'the plan was “reckless”'],
  ])('%s', (text, cue, contentPart) => {
    const found = extractAttributions(text).find((a) => a.cue.text === cue);
    expect(found?.content.text).toContain(contentPart);
  });

  it('does not run into the next cue of the sentence', () => {
    const text = 'Guards fired “warning flares” and rubber bullets at the crowd, the governor said.';
    for (const attribution of extractAttributions(text)) expect(attribution.content.text).not.toContain('governor said');
  });
});
