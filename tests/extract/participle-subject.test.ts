import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/extract/document';
import { extractAttributions } from '../../lib/extract/index';
import { clauseSubject, participleSubject } from '../../lib/extract/participle-subject';

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
    // The clause nearest the comma has the subject, not the sentence's opening one.
    ['The pair fled, witnesses said, after villagers blocked the lorry, demanding that it turn back.', 'the lorry', 'demanding', 'villagers'],
    // "citing" names its own source.
    ['The envoy rejected the harbour plan, citing the fishermen.', 'the harbour plan', 'citing', null],
  ])('%s', (text, run, cueWord, expected) => {
    expect(instead(text, run, cueWord)).toBe(expected);
  });
});

describe('clauseSubject', () => {
  it.each([
    ['Border guards stopped the bus at the bridge, demanding papers.', 'Border guards'],
    ['The council has long opposed the plan, arguing it costs too much.', 'The council'],
    ['It rained, and the armed men waited, hoping for news.', 'the armed men'],
    // A closing quotation mark opens the reporting clause.
    ['“The dam will hold,” she said, referring to the engineers.', 'she'],
  ])('%s', (text, expected) => {
    const doc = readDocument(text);
    const comma = doc.tokens.map((token) => token.text).lastIndexOf(',');
    const subject = clauseSubject(doc, comma);
    expect(subject && doc.tokens.slice(subject[0], subject[1]).map((token) => token.text).join(' ')).toBe(expected);
  });
});

describe('a participle the role model gave no source', () => {
  it('is credited to the subject of the clause before its comma', () => {
    const text = 'Two boats sank overnight, fishermen say, after guards closed the harbour to small craft, demanding that they wait.';
    const found = extractAttributions(text).find((a) => a.cue.text === 'demanding');
    expect(found?.source?.text).toBe('guards');
  });
});
