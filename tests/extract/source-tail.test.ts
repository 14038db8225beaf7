import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/extract/document';
import { beforeAdjunct, beforePredicate, clauseSubjectStart, pastOpeningAdverbial, subjectBeforeParticiple, throughNounGap } from '../../lib/extract/source-tail';

describe('beforePredicate', () => {
  it.each([
    ['The coach had dismissed the rumour.', 'dismissed', 'The coach'],
    ['Few fans would have predicted the score.', 'have', 'Few fans'],
    ['The mayor sharply criticised the plan.', 'criticised', 'The mayor'],
    ["The owners haven't said much.", 'said', 'The owners'],
    // A noun in "-ly" is part of the subject.
    ['Its closest ally warned against the test.', 'warned', 'Its closest ally'],
    // A run of nothing but such words keeps its first word.
    ['Often said the opposite.', 'said', 'Often'],
  ])('%s', (text, cueWord, expected) => {
    const doc = readDocument(text);
    const cue = doc.tokens.findIndex((token) => token.text === cueWord);
    const last = beforePredicate(doc, 0, cue, cue);
    expect(doc.tokens.slice(0, last).map((token) => token.text).join(' ')).toBe(expected);
  });
});

describe('clauseSubjectStart', () => {
  it.each([
    // The run reaches back past where the cue's clause opens: its subject starts there.
    ['One reason that Ortiz resigned was money.', 'resigned', 'Ortiz'],
    ['The fee is lower than the rate they proposed last year.', 'proposed', 'they'],
    ['Nobody knows how economists judge the plan.', 'judge', 'economists'],
    ['Calls came from a clerk at the port who said the ship had left.', 'said', 'who'],
    // A run that opens on the clause's "that" leaves it out; "that" before a noun is a determiner.
    ['It is clear that Ortiz resigned.', 'resigned', 'Ortiz'],
    // A clause closed by a comma describes the subject: the run stays.
    ['Ann Poe, who chairs the panel, said the vote would wait.', 'said', 'Ann Poe , who chairs the panel ,'],
    // A pronoun inside a clause that describes the subject is not the subject.
    ['All the nurses we interviewed said the ward was full.', 'said', 'All the nurses we interviewed'],
  ])('%s', (text, cueWord, expected) => {
    const doc = readDocument(text);
    const cue = doc.tokens.findIndex((token) => token.text === cueWord);
    const first = clauseSubjectStart(doc, 0, cue, cue);
    expect(doc.tokens.slice(first, cue).map((token) => token.text).join(' ')).toBe(expected);
  });
});

describe('beforeAdjunct', () => {
  it.each([
    ['Ann Poe, at a briefing in the capital, said the vote would wait.', 'Ann Poe'],
    ['Ann Poe, the panel chair, at a briefing, said the vote would wait.', 'Ann Poe , the panel chair ,'],
    ['The Harbour Board on Friday said the vote would wait.', 'The Harbour Board'],
    ['An arbitration panel in 2001 said the vote would wait.', 'An arbitration panel'],
    ['Poe on Friday said the vote would wait.', 'Poe'],
    // A time that tells which poll or report it is stays with it.
    ['A poll released last week said the vote would wait.', 'A poll released last week'],
    ['A survey in March said the vote would wait.', 'A survey in March'],
    // An apposition is part of the source.
    ['Ann Poe, the panel chair, said the vote would wait.', 'Ann Poe , the panel chair ,'],
  ])('%s', (text, expected) => {
    const doc = readDocument(text);
    const cue = doc.tokens.findIndex((token) => token.text === 'said');
    expect(doc.tokens.slice(0, beforeAdjunct(doc, 0, cue, cue)).map((token) => token.text).join(' ')).toBe(expected);
  });
});

describe('pastOpeningAdverbial', () => {
  it.each([
    ['At a rally in Dover, Ann Poe said the plant would stay open.', 'Dover', 'Ann Poe'],
    ['Last week Ann Poe said the plant would stay open.', 'Last', 'Ann Poe'],
    ['In August, several groups said the plant would stay open.', 'August', 'several groups'],
    // No preposition before the run: nothing is dropped.
    ['The Dover plant, Ann Poe said, would stay open.', 'The', 'The Dover plant , Ann Poe'],
  ])('%s', (text, firstWord, expected) => {
    const doc = readDocument(text);
    const words = doc.tokens.map((token) => token.text);
    const first = words.indexOf(firstWord);
    const last = words.indexOf('said');
    expect(words.slice(pastOpeningAdverbial(doc, first, last), last).join(' ')).toBe(expected);
  });
});

describe('subjectBeforeParticiple', () => {
  it.each([
    ['Ann Poe, speaking to a group of farmers, said the dam would hold.', 'a group of farmers ,', 'Ann Poe'],
    // Not a participle clause: the run stays.
    ['Ann Poe, the chair of the board, said the dam would hold.', 'the chair of the board ,', null],
  ])('%s', (text, run, expected) => {
    const doc = readDocument(text);
    const words = doc.tokens.map((token) => token.text);
    const first = words.findIndex((_, i) => run.split(' ').every((word, k) => words[i + k] === word));
    const cue = words.indexOf('said');
    const subject = subjectBeforeParticiple(doc, first, cue, cue);
    expect(subject && words.slice(subject[0], subject[1]).join(' ')).toBe(expected);
  });
});

describe('throughNounGap', () => {
  // The run is the words before `[`, the gap the words in brackets; the cue follows.
  it.each([
    ['A group of [doctors] signed the letter.', 'signed', 'A group of doctors'],
    ['The harbour [board] announced the closure.', 'announced', 'The harbour board'],
    ['The ferry company [yesterday] announced the closure.', 'announced', 'The ferry company'],
    ['The ferry company [quietly] announced the closure.', 'announced', 'The ferry company'],
    ['She [began] saying the port was shut.', 'saying', 'She'],
    ['The board [faced] criticism for the closure.', 'criticism', 'The board'],
    ['The board [came under] criticism for the closure.', 'criticism', 'The board'],
    ['The army [meanwhile] said the closure would end.', 'said', 'The army'],
    ['The harbour [board members] announced the closure.', 'announced', 'The harbour'],
    ['One of her [campaign ads] attacked the closure.', 'attacked', 'One of her campaign ads'],
  ])('%s', (marked, cueWord, expected) => {
    const doc = readDocument(marked.replace(/[[\]]/g, ''));
    const runEnd = doc.tokens.findIndex((token) => token.start >= marked.indexOf('['));
    const cue = doc.tokens.findIndex((token) => token.text === cueWord);
    const last = throughNounGap(doc, runEnd, cue);
    expect(doc.tokens.slice(0, last).map((token) => token.text).join(' ')).toBe(expected);
  });
});
