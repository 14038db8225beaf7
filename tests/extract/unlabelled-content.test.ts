import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/extract/document';
import { unlabelledContent } from '../../lib/extract/unlabelled-content';

/** The words unlabelledContent gives the cue `word` of `text`, joined by spaces. */
function contentOf(text: string, word: string): string {
  const doc = readDocument(text);
  const first = doc.tokens.findIndex((token) => token.text === word);
  return unlabelledContent(doc, { first, last: first + 1 })
    .map((t) => doc.tokens[t].text)
    .join(' ');
}

describe('unlabelledContent', () => {
  it.each([
    ['She said she remembers the meeting well.', 'said', 'she remembers the meeting well .'],
    ['“Why wait another year?” Ortega demanded. Nobody answered.', 'demanded', '“ Why wait another year ? ”'],
    ['The warden added:\nThe gates stay shut. Visits resume in May.\n\nLater news.', 'added', 'The gates stay shut . Visits resume in May .'],
    ['The company unveiled a new logo on Friday.', 'unveiled', ''],
  ])('%s', (text, word, content) => {
    expect(contentOf(text, word)).toBe(content);
  });
});
