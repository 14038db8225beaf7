import { describe, expect, it } from 'vitest';
import { claimStartAfterListener, pastListener } from '../../lib/extract/listener';
import { cueAt } from './cue-at';

/** The words from `start` to the end of the text's first sentence. */
function wordsFrom(text: string, cueWords: string, start: (at: ReturnType<typeof cueAt>) => number): string {
  const at = cueAt(text, cueWords);
  const last = at.doc.sentences[0].last;
  return at.doc.tokens.slice(start(at), last).map((t) => t.text).join(' ');
}

describe('pastListener', () => {
  it.each([
    ['The guard told them that the gate was shut.', 'the gate was shut .'],
    ['The guard told the Harbour Gazette the gate was shut.', 'the gate was shut .'],
    ['The guard told reporters the gate was shut.', 'the gate was shut .'],
  ])('%s', (text, claim) => {
    expect(wordsFrom(text, 'told', ({ doc, cue }) => pastListener(doc, cue, cue.last, doc.sentences[0].last))).toBe(claim);
  });

  it('leaves a cue that names no listener where it is', () => {
    const { doc, cue } = cueAt('The guard said the gate was shut.', 'said');
    expect(pastListener(doc, cue, cue.last, doc.sentences[0].last)).toBe(cue.last);
  });
});

describe('claimStartAfterListener', () => {
  /** The claim's words when the role model started it at the word `modelStart`. */
  const claimFrom = (text: string, modelStart: string) =>
    wordsFrom(text, 'told', ({ doc, cue }) => {
      const first = doc.tokens.findIndex((t, i) => i >= cue.last && t.text === modelStart);
      return claimStartAfterListener(doc, cue, first, doc.sentences[0].last);
    });

  it.each([
    ['started inside the name', 'Two fishermen told the BBC they saw a drone.', 'BBC', 'they saw a drone .'],
    ['started past the article', 'A source told Reuters the ceasefire would not hold.', 'ceasefire', 'the ceasefire would not hold .'],
    ['started right', 'A source told Reuters the ceasefire would not hold.', 'the', 'the ceasefire would not hold .'],
    ['started on "that", which stays', 'A source told Reuters that the ceasefire would not hold.', 'that', 'that the ceasefire would not hold .'],
    ['after a pronoun listener', 'She told her to leave the camp.', 'to', 'to leave the camp .'],
    ['after a common-noun listener', 'He told his guards to leave the camp.', 'to', 'to leave the camp .'],
    ['started inside an unnamed listener', 'A doctor told the agency nine had died.', 'agency', 'nine had died .'],
    ['started inside a described listener', 'The mayor told the state broadcaster the dam would hold.', 'broadcaster', 'the dam would hold .'],
    ['not a listener noun: left as the model drew it', 'The mayor told the guards to leave.', 'guards', 'guards to leave .'],
  ])('%s: %s', (_, text, modelStart, claim) => {
    expect(claimFrom(text, modelStart)).toBe(claim);
  });

  it('reads no listener in a title-case headline', () => {
    const { doc, cue } = cueAt('Voters Told Not To Wait', 'Told');
    expect(claimStartAfterListener(doc, cue, cue.last + 1, doc.tokens.length)).toBe(cue.last + 1);
  });
});
