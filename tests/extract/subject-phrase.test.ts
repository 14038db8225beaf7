import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/extract/document';
import { wholeSubject, withDeterminer } from '../../lib/extract/subject-phrase';

/** The subject wholeSubject gives when the run is `run` (its words) right before `cueWord`. */
function subject(text: string, run: string, cueWord: string): string {
  const doc = readDocument(text);
  const words = doc.tokens.map((token) => token.text);
  const cue = words.indexOf(cueWord);
  const first = cue - run.split(' ').length;
  return words.slice(wholeSubject(doc, first, cue, cue), cue).join(' ');
}

describe('wholeSubject', () => {
  it.each([
    // The run holds only the last words of the subject: the whole phrase is the source.
    ['Aides to Governor Lyle say the budget is sound.', 'Governor Lyle', 'say', 'Aides to Governor Lyle'],
    ['Fishermen and harbour workers warned that the pier was unsafe.', 'harbour workers', 'warned', 'Fishermen and harbour workers'],
    ['Tariffs rose while Canada, Mexico and Japan protested the move.', 'Mexico and Japan', 'protested', 'Canada , Mexico and Japan'],
    ['Residents of the northern villages reported gunfire.', 'the northern villages', 'reported', 'Residents of the northern villages'],
    // A phrase that opens with a preposition is an adverbial, not the subject.
    ['In a meeting with the mayor Ortiz said the plan was dead.', 'Ortiz', 'said', 'Ortiz'],
    // A verb before the run shows a clause, not a noun phrase.
    ['Crews cleared the road and the police said it was open.', 'the police', 'said', 'the police'],
    // A possessive makes the cue a noun; a passive's subject is not its speaker.
    ['Critics of the mayor’s plan voiced doubts.', 'the mayor’s', 'plan', 'the mayor’s'],
    ['Members of the board were told to wait.', 'the board', 'were', 'the board'],
  ])('%s', (text, run, cueWord, expected) => {
    expect(subject(text, run, cueWord)).toBe(expected);
  });
});

describe('withDeterminer', () => {
  it.each([
    ['Back then the Budget Office warned of a deficit.', 'Budget', 'the'],
    ['It was a tweet that started it.', 'tweet', 'a'],
    ['Back then Budget Office staff warned of a deficit.', 'Budget', 'Budget'],
  ])('%s', (text, runStart, expected) => {
    const doc = readDocument(text);
    const first = doc.tokens.findIndex((token) => token.text === runStart);
    expect(doc.tokens[withDeterminer(doc, first, 0)].text).toBe(expected);
  });
});
