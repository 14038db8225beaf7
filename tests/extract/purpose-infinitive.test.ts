import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../lib/extract/index';

describe('a cue said as the purpose of the sentence\'s act', () => {
  it.each([
    ['The mayor called a news conference on Monday to announce that the curfew was lifted.', 'to announce', 'The mayor'],
  ])('%s', (text, cue, source) => {
    const found = extractAttributions(text);
    expect(found.map((a) => [a.cue.text, a.source?.text])).toEqual([[cue, source]]);
  });

  it('is not credited past another cue, whose clause it may belong to', () => {
    const found = extractAttributions('Relatives told the radio that one of the men had called his mother at 7 a.m. to say the catch was good.');
    expect(found.find((a) => a.cue.text === 'say')?.source ?? null).toBeNull();
  });
});
