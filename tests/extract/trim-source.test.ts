import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/extract/document';
import { extractAttributions } from '../../lib/extract/index';
import { trimSource } from '../../lib/extract/trim-source';

describe('source extent: an apposition or label right before the cue keeps its closing mark', () => {
  it.each([
    ["Tom Lee, the club's treasurer, says the accounts are in order.", "Tom Lee, the club's treasurer,"],
    ['The police chief, who took office in May, said the station would stay open.', 'The police chief, who took office in May,'],
    ['Senator Ann Poe (Democrat) said the vote would be close.', 'Senator Ann Poe (Democrat)'],
    ['The mayor said the bridge would reopen next week.', 'The mayor'],
    // A describing clause the model cut short runs on to the cue.
    ['“We did not target anyone,” a senior officer, who asked not to be named, told reporters.', 'a senior officer, who asked not to be named,'],
  ])('%s', (text, source) => {
    expect(extractAttributions(text)[0]?.source?.text).toBe(source);
  });
});

describe('source extent: what is not the source is left out', () => {
  it.each([
    // A clause that withholds the name says why the source is unnamed, not who it is.
    ['A senior diplomat, speaking on condition of anonymity, said the talks had stalled.', 'A senior diplomat', 'unnamed'],
    ['An aide, asking not to be named, told reporters the deal was close.', 'An aide', 'unnamed'],
    ['The minister was quoted as saying the budget would pass.', 'The minister', 'government'],
    // "Both" and "Even" open the run but are not part of who speaks.
    ['Both Ann Lee and Tom Poe say the bridge is unsafe.', 'Ann Lee and Tom Poe', 'other'],
    // "Both" of "Both sides" is the phrase's own determiner.
    ['Both sides say the bridge is unsafe.', 'Both sides', 'other'],
    ['Even the harbour master said the port was closed.', 'the harbour master', 'other'],
    ['Moreover, the harbour master said the port was closed.', 'the harbour master', 'other'],
    // A wire dateline, its hyphen spaced, opens the paragraph: the source starts after it.
    ['PORTVILLE, March 3 (Valley Wire) - The harbour master said the port would reopen on Friday.', 'The harbour master', 'other'],
  ])('%s', (text, source, kind) => {
    expect(extractAttributions(text)[0]).toMatchObject({ source: { text: source }, speakerKind: kind });
  });
});

describe("a dateline's place is never a speaker", () => {
  const text = [
    'KESTRAL, Highland Province — The regional alliance denied carrying out a raid against border guards in Tarvin on Tuesday,',
    'saying its guards fired warning shots only once a patrol was attacked beside the old customs house, according to a written statement.',
    '\n\n"The alliance did not raid the post," the statement read.',
  ].join(' ');

  it('gives a participle and a later "the statement read" the subject after the dateline', () => {
    const found = extractAttributions(text);
    const saying = found.find((a) => a.cue.text === 'saying');
    const read = found.find((a) => a.cue.text === 'read');
    expect(saying).toMatchObject({ source: { text: 'The regional alliance' }, speaker: 'regional alliance' });
    expect(read?.speaker).toBe('regional alliance');
    expect(found.map((a) => a.speaker)).not.toContain('Highland Province');
  });
});

describe('a source never holds or passes its cue', () => {
  it('keeps the larger side of a run labelled around the cue', () => {
    const doc = readDocument('Nora Quill, a baker whose shop faces the square, said again that the trucks left.');
    const words = doc.tokens.map((token) => token.text);
    const said = words.indexOf('said');
    const trimmed = trimSource(doc, 0, said + 2, said, said + 1);
    expect(trimmed && words.slice(trimmed[0], trimmed[1]).join(' ')).toBe('Nora Quill , a baker whose shop faces the square ,');
  });

  it.each([
    'Nora Quill, a baker whose shop faces the square, said again on Friday that she saw three trucks leave.',
    'Farmers and the people who live near the dam still disagree about the flood.',
  ])('%s', (text) => {
    for (const found of extractAttributions(text)) {
      if (found.source) expect(found.source.end <= found.cue.start || found.source.start >= found.cue.end).toBe(true);
    }
  });
});

describe('source extent: a person described by a "who" clause after an opening adverbial', () => {
  it.each([
    ["In a video posted online, a man who identified himself as the boy's uncle said the body was held.", "a man who identified himself as the boy's uncle"],
    ['On Monday, a doctor who treated the wounded said nine had died.', 'a doctor who treated the wounded'],
  ])('%s', (text, source) => {
    expect(extractAttributions(text).find((attribution) => attribution.cue.text === 'said')?.source?.text).toBe(source);
  });
});
