import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../lib/extract/index';

type Found = [cue: string, source: string | null];

function found(text: string): Found[] {
  return extractAttributions(text).map((a) => [a.cue.text, a.source?.text ?? null]);
}

// Shapes a code review found mishandled: each was a wrong or missing attribution.
describe('sources and claims in shapes that were mishandled', () => {
  it.each<[string, string, Found[]]>([
    [
      'a speaker described by a relative clause does not take in the next clause',
      '"We are ready," said Ann Poe, who leads the union, and Tom Hart agreed.',
      [['said', 'Ann Poe, who leads the union'], ['agreed', 'Tom Hart']],
    ],
    ['"in May" is a month, not the modal "may"', 'Officials in May said the bridge would stay closed.', [['said', 'Officials']]],
    ['a capitalised "-ly" surname stays in the name', 'Ann Reilly said the bridge would stay closed.', [['said', 'Ann Reilly']]],
    ['a line with no final full stop', '"Yes," he said', [['said', 'he']]],
    ['an adverb beside the cue is no speaker', 'As Ann Poe, a lawyer for the families, recently put it, the guards fired first.', [['put it', 'Ann Poe, a lawyer for the families']]],
    ['"was not told", with nothing told, is no claim', 'The sister of Tom Lind said she was not told.', [['said', 'The sister of Tom Lind']]],
  ])('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
