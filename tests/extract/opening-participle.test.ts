import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../lib/extract/index';
import { subjectAfterOpeningParticiple } from '../../lib/extract/opening-participle';
import { cueAt } from './cue-at';

function subjectOf(text: string, cueWords: string): string | null {
  const { doc, cue } = cueAt(text, cueWords);
  const subject = subjectAfterOpeningParticiple(doc, cue);
  return subject && doc.tokens.slice(subject[0], subject[1]).map((token) => token.text).join(' ');
}

describe('subjectAfterOpeningParticiple', () => {
  it.each([
    ['Criticizing the plan as reckless, the mayor called for a new vote.', 'Criticizing', 'the mayor'],
    ['After saying he was nervous, the man asked about the dam.', 'saying', 'the man'],
    ['Denying any role in the raid, Colonel Ruiz blamed the militia.', 'Denying', 'Colonel Ruiz'],
    ['By blaming the rebels, she hoped to end the row.', 'blaming', 'she'],
    // A comma inside a quotation does not close the clause.
    ['Calling the raid “a crime, plain and simple,” the governor ordered an inquiry.', 'Calling', 'the governor'],
    // Not a participle of the subject's act.
    ['According to the ministry, four died.', 'According to', null],
    // Not at the sentence's start.
    ['The mayor left, saying the vote was rigged.', 'saying', null],
  ])('%s (%s) -> %s', (text, cueWords, expected) => {
    expect(subjectOf(text, cueWords)).toBe(expected);
  });
});

describe('extraction: a participle that opens a sentence speaks for the main clause\'s subject', () => {
  it('credits "Accusing the army of lying" to the mayor', () => {
    const found = extractAttributions('Accusing the army of lying, the mayor called for a new inquiry.');
    expect(found.find((attribution) => attribution.cue.text === 'Accusing')).toMatchObject({ source: { text: 'the mayor' }, speaker: 'mayor' });
  });
});
