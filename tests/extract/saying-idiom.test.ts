import { describe, expect, it } from 'vitest';
import { cueAt } from './cue-at';
import { isSayingIdiom } from '../../lib/extract/saying-idiom';

function verbIsIdiom(text: string, verb: string): boolean {
  const { doc, cue } = cueAt(text, verb);
  return isSayingIdiom(doc, cue.first, cue.last);
}

describe('isSayingIdiom', () => {
  it.each([
    ['Having said that, the port will reopen on Monday.', 'said', true],
    ['That said, the harbour master kept the cranes idle.', 'said', true],
    ['Needless to say, the mayor was furious.', 'say', true],
    ['Suffice it to say, the talks failed.', 'say', true],
    ['It is fair to say the town was shaken.', 'say', true],
    ['It goes without saying that the dam matters.', 'saying', true],
    ['All told, forty people were hurt.', 'told', true],
    ['The port authority did not respond to a request for comment.', 'respond', true],
    ['The mayor has not replied to repeated calls from the Courier.', 'replied', true],
    ['The mayor replied to the union that the port would stay shut.', 'replied', false],
    ['Truth be told, nobody expected the ferry to sail.', 'told', true],
    ['It is too early to tell whether the dam will hold.', 'tell', true],
    ['There is no way to say how many fled.', 'say', true],
    ['The officers all told reporters the same story.', 'told', false],
    ['The mayor refused to say how many fled.', 'say', false],
    ['The ministry said that the port will reopen.', 'said', false],
    ['He said that, and then he left.', 'said', false],
    ['The two drivers were arguing about the toll when the guard came.', 'arguing', true],
    ['The lawyer argued that the toll was illegal.', 'argued', false],
    ['The lawyer argued with some force that the toll was illegal.', 'argued', false],
    ['Guards fired on drivers who were arguing about a fee, and that two died.', 'arguing', true],
  ])('%s (%s) -> %s', (text, verb, expected) => {
    expect(verbIsIdiom(text, verb)).toBe(expected);
  });
});
