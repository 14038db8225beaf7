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

// Shapes of wire reports on an incident: names with the Arabic article, military ranks, appositions the model cut short.
describe('sources in wire reports on an incident', () => {
  it.each<[string, string, Found[]]>([
    [
      'a name with the Arabic article before its apposition',
      '"There was no military target there," Sami al-Hassan, a 34-year-old pharmacist, told Valley Wire by phone.',
      [['told', 'Sami al-Hassan, a 34-year-old pharmacist,']],
    ],
    [
      'a rank of two abbreviated titles, after the role',
      "The army's spokesman, Brig. Gen. Yahya Saad, told a news conference that no civilians had been harmed.",
      [['told', "The army's spokesman, Brig. Gen. Yahya Saad,"]],
    ],
    [
      '"by phone" is how the words came, not who spoke',
      'Abu Omar, a local council member in al-Bab, said by phone that the market was crowded.',
      [['said', 'Abu Omar, a local council member in al-Bab,']],
    ],
    [
      'an apposition cut before its noun runs on to its closing comma',
      'Al-Watan, a pro-government daily, reported that dozens of fighters had been killed.',
      [['reported', 'Al-Watan, a pro-government daily,']],
    ],
  ])('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
