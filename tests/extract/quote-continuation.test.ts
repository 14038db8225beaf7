import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/extract/document';
import { continuedQuotation } from '../../lib/extract/quote-continuation';

/** The quotation continuing after the sentence of `cueWord`, as text, or null. */
function continuation(text: string, cueWord: string): string | null {
  const doc = readDocument(text);
  const cue = doc.tokens.findIndex((token) => token.lower === cueWord);
  const sentence = doc.sentences[doc.sentenceOf[cue]];
  const found = continuedQuotation(doc, sentence.last - 1);
  return found && doc.text.slice(doc.tokens[found[0]].start, doc.tokens[found[1] - 1].end);
}

describe('continuedQuotation', () => {
  it.each([
    ['“We will rebuild,” she said. “We start this week.”', '“We start this week.”'],
    ['“We will rebuild,” she said.\n\n“We start this week. Nobody will wait.”', '“We start this week. Nobody will wait.”'],
    ['“We will rebuild,” she said. “We start this week,” her deputy added.', null],
    ['“We will rebuild,” she said. The mayor disagreed.', null],
    // A quotation whose mark closes before the sentence's stop still carries the speaker's words.
    ['“It is tinkering,” he said. “It is just a tax increase” for the rich.', '“It is just a tax increase”'],
    ['"We will rebuild," she said. "We start this week."', '"We start this week."'],
  ])('%s', (text, expected) => {
    expect(continuation(text, 'said')).toBe(expected);
  });
});
