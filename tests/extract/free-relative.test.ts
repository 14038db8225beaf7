import { describe, expect, it } from 'vitest';
import { isFreeRelative } from '../../lib/extract/free-relative';
import { extractAttributions } from '../../lib/extract/index';
import { cueAt } from './cue-at';

describe('isFreeRelative', () => {
  it.each([
    ['This is what each side says, and where they part ways.', 'says', true],
    ['That is not what the army said.', 'said', true],
    ['What the army said was false.', 'said', true],
    ['The army said what it had seen.', 'said', false],
    ['What he called “a clear threat” was a test.', 'called', false],
  ])('%s (%s) -> %s', (text, verb, expected) => {
    const { doc, cue } = cueAt(text, verb);
    expect(isFreeRelative(doc, cue.first, cue.last)).toBe(expected);
  });

  it('keeps the report that quotes the pointer', () => {
    const found = extractAttributions('What the army said was false, the mayor said.');
    expect(found.map((a) => [a.cue.text, a.source?.text])).toEqual([['said', 'the mayor']]);
  });
});
