import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../lib/extract/index';
import { subjectBeforeInsertedClause } from '../../lib/extract/interrupted-subject';
import { cueAt } from './cue-at';

describe('subjectBeforeInsertedClause', () => {
  it.each<[string, string, string | null]>([
    ['The navy, which the fishermen also blamed, denied that its boats were near.', 'denied', 'The navy, which the fishermen also blamed'],
    ['Ruth Elm, a nurse who lives in Kestra, later wrote that the road was open.', 'wrote', 'Ruth Elm, a nurse who lives in Kestra'],
    ['But Ruth Elm, the clinic director, said the road was open.', 'said', 'Ruth Elm, the clinic director'],
    ['On Monday, the navy, which runs the port, said the road was open.', 'said', 'the navy, which runs the port'],
    ['Ruth Elm, the director, who asked not to be named, said the road was open.', 'said', 'Ruth Elm, the director, who asked not to be named'],
    // No inserted clause, or a quotation before the cue: nothing to find.
    ['The navy said the road was open.', 'said', null],
    ['In Kestra, the navy said the road was open.', 'said', null],
    ['"The road is open," the navy said.', 'said', null],
  ])('%s', (text, cue, expected) => {
    const { doc, cue: range } = cueAt(text, cue);
    const found = subjectBeforeInsertedClause(doc, range);
    expect(found && doc.text.slice(doc.tokens[found.subject[0]].start, doc.tokens[found.subject[1] - 1].end)).toBe(expected);
  });
});

describe('a speaker kept from the cue by a clause', () => {
  it.each([
    ['The navy, which the fishermen also blamed, denied that its boats were near.', 'denied', 'navy'],
    ['A medic at the Kestra clinic, who asked not to be named, said six people had died.', 'said', 'medic at the Kestra clinic'],
    ['Ruth Elm, a nurse who lives in Kestra, later wrote that the road was open.', 'later wrote', 'Ruth Elm'],
  ])('%s', (text, cue, speaker) => {
    expect(extractAttributions(text).find((a) => a.cue.text === cue)?.speaker).toBe(speaker);
  });
});
