import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/extract/document';
import { extractAttributions } from '../../lib/extract/index';
import { inObjectRelative } from '../../lib/extract/object-relative';

function verbInObjectRelative(text: string, verb: string): boolean {
  const doc = readDocument(text);
  return inObjectRelative(doc, doc.tokens.findIndex((token) => token.lower === verb));
}

describe('inObjectRelative', () => {
  it.each([
    ['The boat she saw turned back early.', 'saw', true],
    ['The figures they gave on Monday were wrong.', 'gave', true],
    ['Every warning he wrote went unanswered.', 'wrote', true],
    ['Later he said the boat turned back.', 'said', false],
    ['The rain stopped and she said the road was open.', 'said', false],
    ['The guards left before they said anything.', 'said', false],
    ['Officials said he told them the road was shut.', 'told', false],
    ['On Monday she said the road was open.', 'said', false],
  ])('%s (%s) -> %s', (text, verb, expected) => {
    expect(verbInObjectRelative(text, verb)).toBe(expected);
  });

  it('leaves the quotation after such a clause to the speaker of the sentence', () => {
    const text = 'A second witness, Aram, said the boat he saw “turned back early” and that the alarm came later.';
    const found = extractAttributions(text);
    expect(found.map((a) => a.cue.text)).toEqual(['said']);
    expect(found[0].content.text).toContain('the boat he saw “turned back early”');
  });
});
