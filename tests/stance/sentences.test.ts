import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/stance/sentences';

describe('splitSentences', () => {
  it.each([
    ['The raid ended. Police left at noon.', ['The raid ended.', 'Police left at noon.']],
    ['Col. Reyes spoke on Feb. 3 to the press. He left.', ['Col. Reyes spoke on Feb. 3 to the press.', 'He left.']],
    ['First line\nSecond line', ['First line', 'Second line']],
    ['"It was over," he said. "We went home."', ['"It was over," he said.', '"We went home."']],
  ])('%s', (text, expected) => {
    expect(splitSentences(text).map((sentence) => sentence.text)).toEqual(expected);
  });

  it('keeps each sentence\'s start offset', () => {
    const text = 'One here.  Two there.';
    for (const sentence of splitSentences(text)) expect(text.slice(sentence.start, sentence.start + sentence.text.length)).toBe(sentence.text);
  });
});
