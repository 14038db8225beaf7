import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/extract/document';
import { extractAttributions } from '../../lib/extract/index';
import { participleSubject, sentenceSubject, sharesSubject } from '../../lib/extract/shared-subject';

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

describe('participleSubject', () => {
  function instead(text: string, run: string, cueWord: string): string | null {
    const doc = readDocument(text);
    const words = doc.tokens.map((token) => token.text);
    const first = words.findIndex((_, i) => run.split(' ').every((word, k) => words[i + k] === word));
    const subject = participleSubject(doc, first, first + run.split(' ').length, words.indexOf(cueWord));
    return subject && words.slice(subject[0], subject[1]).join(' ');
  }

  it.each([
    // The object of the main verb is not who speaks: the subject is.
    ['The envoy rejected the harbour plan, saying it ignored the fishermen.', 'the harbour plan', 'saying', 'The envoy'],
    ['The envoy rejected the harbour plan, even suggesting it was illegal.', 'even', 'suggesting', 'The envoy'],
    // A run in another clause keeps its own subject.
    ['The envoy left early, and the minister spoke, saying the talks had failed.', 'the minister', 'saying', null],
    // "citing" names its own source.
    ['The envoy rejected the harbour plan, citing the fishermen.', 'the harbour plan', 'citing', null],
  ])('%s', (text, run, cueWord, expected) => {
    expect(instead(text, run, cueWord)).toBe(expected);
  });
});
