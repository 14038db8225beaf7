import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/extract/document';
import { extractAttributions } from '../../lib/extract/index';
import { missedRejections } from '../../lib/extract/rejected-claim';

type Found = [source: string | undefined, cue: string, content: string];

function found(text: string): Found[] {
  return extractAttributions(text).map((a) => [a.source?.text, a.cue.text, a.content.text]);
}

describe('a claim answered by a denial in apposition', () => {
  it.each<[string, Found[]]>([
    [
      'Rebels said government forces had used cluster munitions, an allegation Damascus denies.',
      [['Rebels', 'said', 'government forces had used cluster munitions'], ['Damascus', 'denies', 'government forces had used cluster munitions']],
    ],
    [
      'Activists said the victims were civilians, a claim the army rejected.',
      [['Activists', 'said', 'the victims were civilians'], ['the army', 'rejected', 'the victims were civilians']],
    ],
    [
      'Activists said the victims were civilians, a claim rejected by the army.',
      [['Activists', 'said', 'the victims were civilians'], ['the army', 'rejected', 'the victims were civilians']],
    ],
    [
      'The victims were civilians, a claim that the army has disputed.',
      [['the army', 'has disputed', 'The victims were civilians']],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('missedRejections', () => {
  it.each([
    ['Activists said the victims were civilians, a claim the army rejected.', ['rejected']],
    // A denial with its own object answers nothing before it.
    ['The army denied the claim.', []],
    ['He said the report, which officials denied, was false.', []],
  ])('%s', (text, expected) => {
    const doc = readDocument(text);
    const cues = missedRejections(doc, 0, doc.tokens.length, new Uint8Array(doc.tokens.length));
    expect(cues.map((cue) => doc.tokens[cue.first].text)).toEqual(expected);
  });
});
