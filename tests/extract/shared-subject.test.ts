import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/extract/document';
import { extractAttributions } from '../../lib/extract/index';
import { sentenceSubject, sharesSubject } from '../../lib/extract/shared-subject';

function subjectOf(text: string, cueWord: string): string | null {
  const doc = readDocument(text);
  const cue = doc.tokens.findIndex((token) => token.lower === cueWord);
  const range = sentenceSubject(doc, cue);
  return range && doc.tokens.slice(range[0], range[1]).map((token) => token.text).join(' ');
}

describe('sentenceSubject', () => {
  it.each([
    ['Lena Ortiz is defending her report, saying the figures were checked.', 'saying', 'Lena Ortiz'],
    ['The regional governor rejected the claim, adding that roads were open.', 'adding', 'The regional governor'],
    ['She visited the camp and said conditions had improved.', 'said', 'She'],
    ['After the vote, the council said nothing.', 'said', null],
    ['The troops fired warning shots, saying they were attacked.', 'saying', 'The troops'],
    ['Coastal villagers refused to leave, saying the water had receded.', 'saying', 'Coastal villagers'],
    ['The mayor spoke to reporters, adding that the bridge would reopen.', 'adding', 'The mayor'],
  ])('%s', (text, cueWord, expected) => {
    expect(subjectOf(text, cueWord)).toBe(expected);
  });
});

describe('sharesSubject', () => {
  it('is true for a participle after a comma and a verb after "and"', () => {
    const doc = readDocument('The army denied it, saying so, and added more.');
    expect(sharesSubject(doc, doc.tokens.findIndex((t) => t.lower === 'saying'))).toBe(true);
    expect(sharesSubject(doc, doc.tokens.findIndex((t) => t.lower === 'added'))).toBe(true);
    expect(sharesSubject(doc, doc.tokens.findIndex((t) => t.lower === 'denied'))).toBe(false);
    const according = readDocument('The army left in May, according to statements made by the minister.');
    expect(sharesSubject(according, according.tokens.findIndex((t) => t.lower === 'according'))).toBe(false);
  });
});

describe('a participle cue takes the subject of the clause before it as its source', () => {
  it.each([
    ['The mayor spoke to reporters on Monday, adding that the bridge would reopen.', 'adding', 'The mayor', 'that the bridge would reopen'],
    ['US troops fired warning shots, saying they had been attacked.', 'saying', 'US troops', 'they had been attacked'],
    ['Kurdish officials rejected the report, saying the road stayed open.', 'saying', 'Kurdish officials', 'the road stayed open'],
    ['Police arrested two men near the station, saying they had planned the robbery.', 'saying', 'Police', 'they had planned the robbery'],
    // "according to" names its own source.
    ['The army left the valley in May, according to statements made by Defence Minister Ana Kovac.', 'according to', 'statements made by Defence Minister Ana Kovac', 'The army left the valley in May'],
  ])('%s', (text, cue, source, content) => {
    const found = extractAttributions(text).find((a) => a.cue.text === cue);
    expect(found).toMatchObject({ source: { text: source }, content: { text: content } });
  });
});

describe('sentenceSubject past an opening adverbial and before an adverb', () => {
  it.each([
    ['In a statement on Monday, the union rejected the offer, saying it was too low.', 'saying', 'the union'],
    ['Meanwhile, Lena Ortiz openly criticised the audit, adding that it was rushed.', 'adding', 'Lena Ortiz'],
    // A quotation, a clause or a participle opening the sentence gives no subject.
    ['“We will stay,” the farmers said, adding that the water was rising.', 'adding', null],
    ['When the mayor arrived, the crowd cheered, chanting his name.', 'chanting', null],
    ['Speaking at the port, Ortiz praised the crews, calling them heroes.', 'calling', null],
  ])('%s', (text, cueWord, expected) => {
    expect(subjectOf(text, cueWord)).toBe(expected);
  });
});

describe('sentenceSubject with a titled name or a number', () => {
  it.each([
    ['Mr. Lind is wary of the plan and expects it to fail.', 'expects', 'Mr . Lind'],
    ['Two harbour pilots refused the order, saying the channel was unsafe.', 'saying', 'Two harbour pilots'],
    // "has" before a verb is an auxiliary, not a plural noun like "troops".
    ['Lena Ortiz has defended the audit, saying it was fair.', 'saying', 'Lena Ortiz'],
    // The comma after the subject closes it and stays out.
    ['Its director, reached by phone, said two men died, but offered no proof.', 'offered', 'Its director'],
  ])('%s', (text, cueWord, expected) => {
    expect(subjectOf(text, cueWord)).toBe(expected);
  });
});

describe('sharesSubject after "but"', () => {
  it.each([
    ['The clerk agreed, but also argued that the fee was too high.', 'argued', true],
    ['The clerk agreed but insisted on a receipt.', 'insisted', true],
    ['The clerk agreed, and the judge insisted on a receipt.', 'insisted', false],
  ])('%s', (text, cueWord, expected) => {
    const doc = readDocument(text);
    expect(sharesSubject(doc, doc.tokens.findIndex((token) => token.text === cueWord))).toBe(expected);
  });
});
