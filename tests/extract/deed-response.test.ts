import { describe, expect, it } from 'vitest';
import { isDeedResponse } from '../../lib/extract/deed-response';
import { extractAttributions } from '../../lib/extract/index';
import { cueAt } from './cue-at';

function respondsByDeed(text: string, verb: string): boolean {
  const { doc, cue } = cueAt(text, verb);
  return isDeedResponse(doc, cue.first, cue.last);
}

describe('isDeedResponse', () => {
  it.each([
    ['The guards responded by firing into the air.', 'responded', true],
    ['The crowd reacted by throwing stones at the convoy.', 'reacted', true],
    ['The ministry responded by saying the guards acted lawfully.', 'responded', false],
    ['The mayor reacted by tweeting a photo of the gate.', 'reacted', false],
    ['The ministry responded that the guards acted lawfully.', 'responded', false],
    ['The ministry responded by letter on Friday.', 'responded', false],
  ])('%s -> %s', (text, verb, expected) => {
    expect(respondsByDeed(text, verb)).toBe(expected);
  });

  it('leaves the event sentence without a claim of its own', () => {
    const found = extractAttributions('The guards responded by firing “warning shots” at the crowd.');
    expect(found.filter((a) => a.cue.text.startsWith('respond'))).toEqual([]);
  });
});
