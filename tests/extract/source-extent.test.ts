import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/extract/document';
import { extractAttributions } from '../../lib/extract/index';
import { endsAbbreviation, pastApposition, pastDescription, pastNameEnd, pastNameLabel, throughRelativeClause, withTitle } from '../../lib/extract/source-extent';

/** Index of the first token whose text is `word` (the `nth` one when given). */
function at(text: string, word: string, nth = 0): number {
  const doc = readDocument(text);
  return doc.tokens.map((token, i) => (token.text === word ? i : -1)).filter((i) => i >= 0)[nth];
}

describe('endsAbbreviation', () => {
  it.each([
    ['The F.A.A. said the runway was safe.', true],
    ['Nora Quill of Dayton, Va., said the road was shut.', true],
    ['The tower fell. Crews said the road was shut.', false],
  ])('%s', (text, expected) => {
    expect(endsAbbreviation(readDocument(text), at(text, '.'))).toBe(expected);
  });
});

describe('pastNameLabel', () => {
  it.each([
    ['Sen. Ann Poe (D-Ore.) said the bill would fail.', 'Poe', 'said'],
    ['the Alliance for Clean Rivers (ACR) said the water was unsafe.', 'Rivers', 'said'],
    // A bracketed aside is no label: it stays out.
    ['Ann Poe (who chairs the panel) said the bill would fail.', 'Poe', '('],
  ])('%s', (text, lastWord, expectedNext) => {
    const doc = readDocument(text);
    const end = pastNameLabel(doc, at(text, lastWord) + 1, at(text, 'said'));
    expect(doc.tokens[end].text).toBe(expectedNext);
  });
});

describe('withTitle and pastNameEnd', () => {
  it('takes the title before a name and the rest of a name cut after its title', () => {
    const text = 'Rep. Dan Ortiz, whom Mr. Lyle Crane hired, said so.';
    const doc = readDocument(text);
    expect(withTitle(doc, at(text, 'Dan'), 0)).toBe(0);
    expect(doc.tokens[pastNameEnd(doc, at(text, 'Mr') + 1, at(text, 'said'))].text).toBe('hired');
    // A run that ends on a lower-case word cuts no name.
    expect(pastNameEnd(doc, at(text, 'whom') + 1, at(text, 'said'))).toBe(at(text, 'whom') + 1);
  });
});

describe('source extent: a whole name with its title, abbreviation and label', () => {
  it.each([
    ['Sen. Ann Poe (D-Ore.) said the bill would fail in committee.', 'Sen. Ann Poe (D-Ore.)'],
    ['Rep. Carl Hoyt (R-Ga.) said the vote would come on Friday.', 'Rep. Carl Hoyt (R-Ga.)'],
    ['The F.A.A. said the runway would reopen by noon.', 'The F.A.A.'],
  ])('%s', (text, source) => {
    expect(extractAttributions(text)[0]?.source?.text).toBe(source);
  });
});

describe('pastApposition', () => {
  it.each([
    ['Ruiz, a harbour pilot, spoke first and said the channel was clear.', 'Ruiz , a harbour pilot ,'],
    ['Ruiz, her deputy, spoke first and said the channel was clear.', 'Ruiz , her deputy ,'],
    // A list or a clause is no apposition.
    ['Ruiz, a pilot, and two clerks spoke first and said the channel was clear.', 'Ruiz'],
    ['Ruiz, who was a pilot, spoke first and said the channel was clear.', 'Ruiz'],
    // A clause with a verb is the claim, not an apposition.
    ['Ruiz, the crews fired first, and said the channel was clear.', 'Ruiz'],
  ])('%s', (text, expected) => {
    const doc = readDocument(text);
    const end = pastApposition(doc, 1, at(text, 'said'));
    expect(doc.tokens.slice(0, end).map((token) => token.text).join(' ')).toBe(expected);
  });
});

describe('pastDescription', () => {
  it.each([
    // A run after the cue cut inside the clause that describes the speaker runs on to the sentence end.
    ['"The dam is safe," said Ann Poe, an engineer who has inspected it for years.', 'who', 'Ann Poe , an engineer who has inspected it for years'],
    // A "that" clause after it is a claim of the speaker's own.
    ['"The dam is safe," said Ann Poe, who added that the gates were new.', 'who', 'Ann Poe , who'],
    // No describing clause: the run stays.
    ['"The dam is safe," said Ann Poe, an engineer at the port.', 'engineer', 'Ann Poe , an engineer'],
    // The clause ends at the comma before another clause: a run past it is cut back.
    ['"We are ready," said Ann Poe, who leads the union, and Tom Hart agreed with her.', 'Hart', 'Ann Poe , who leads the union'],
    ['"We are ready," said Ann Poe, who leads the union, as workers gathered outside.', 'who', 'Ann Poe , who leads the union'],
    // A comma inside the description does not end it.
    ['"We are ready," said Ann Poe, who led the union, and has backed the strike since May.', 'who', 'Ann Poe , who led the union , and has backed the strike since May'],
  ])('%s', (text, lastWord, expected) => {
    const doc = readDocument(text);
    const first = at(text, 'Ann');
    const end = pastDescription(doc, first, at(text, lastWord) + 1, at(text, 'said') + 1);
    expect(doc.tokens.slice(first, end).map((token) => token.text).join(' ')).toBe(expected);
  });
});

describe('a source after "according to" stops at its comma', () => {
  it('leaves the claim after the comma out of the source', () => {
    const found = extractAttributions('According to Ruiz, the crews opened fire after the boats rammed the pier, and two men were hurt.');
    expect(found.find((a) => a.cue.text === 'According to')?.source?.text).toBe('Ruiz');
  });
});

describe('throughRelativeClause', () => {
  it.each([
    // A run cut inside the clause that describes the subject runs on to the cue.
    ['The people who live near the dam still disagree about the flood.', 'live', 'The people who live near the dam still'],
    // No relative clause, or a comma between: the run stays.
    ['The people near the dam still disagree about the flood.', 'near', 'The people near'],
    ['The people who live here, by the dam, still disagree about the flood.', 'live', 'The people who live'],
  ])('%s', (text, lastWord, expected) => {
    const doc = readDocument(text);
    const end = throughRelativeClause(doc, 0, at(text, lastWord) + 1, at(text, 'disagree'));
    expect(doc.tokens.slice(0, end).map((token) => token.text).join(' ')).toBe(expected);
  });
});
