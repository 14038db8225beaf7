import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../lib/extract/index';
import { isSententialRelative } from '../../lib/extract/sentential-relative';
import { cueAt } from './cue-at';

describe('isSententialRelative', () => {
  it.each([
    ['Some families buried their dead at home, which might explain the gap.', 'explain', true],
    ['The ferry runs twice a week, which means most villagers walk.', 'means', true],
    ['The port is closed, which in turn means the boats stay out.', 'means', true],
    // A "which" that stands for a noun that can speak is a source.
    ['The harbour master, who explained the delay, said the ferry would sail.', 'explained', false],
    ['The mayor explained that the ferry runs twice a week.', 'explained', false],
  ])('%s', (text, verb, expected) => {
    const { doc, cue } = cueAt(text, verb);
    expect(isSententialRelative(doc, cue.first, cue.last)).toBe(expected);
  });

  it('leaves the inference out of the speaker’s claims', () => {
    const found = extractAttributions('The director said some families buried their dead at home, which might explain the gap.');
    expect(found.map((a) => a.cue.text)).toEqual(['said']);
  });
});
