import { describe, expect, it } from 'vitest';
import { paragraphOf, splitSentences } from '../../lib/extract/sentences';
import { tokenize } from '../../lib/extract/tokenize';

function sentences(text: string): string[] {
  const tokens = tokenize(text);
  return splitSentences(tokens, paragraphOf(text, tokens)).map((s) => text.slice(tokens[s.first].start, tokens[s.last - 1].end));
}

describe('splitSentences', () => {
  it.each([
    ['Gen. Ruiz spoke. Then he left.', ['Gen. Ruiz spoke.', 'Then he left.']],
    ['“We left,” she said. “It burned.”', ['“We left,” she said.', '“It burned.”']],
    ['The U.S. envoy arrived. Talks began.', ['The U.S. envoy arrived.', 'Talks began.']],
    ['A heading\n\nThe body starts here.', ['A heading', 'The body starts here.']],
    ['It was 3.5 km away. No one was hurt.', ['It was 3.5 km away.', 'No one was hurt.']],
    ['Senator Ann Poe (D-Md.) said the vote would be close.', ['Senator Ann Poe (D-Md.) said the vote would be close.']],
    ['(The count was over.) Then he left.', ['(The count was over.)', 'Then he left.']],
    ['Sens. Ada Lind and Rob Vey voted against it. The bill failed.', ['Sens. Ada Lind and Rob Vey voted against it.', 'The bill failed.']],
    ['Reps. Kim Oro and Del. Sam Tull objected.', ['Reps. Kim Oro and Del. Sam Tull objected.']],
    ['Rep. T.J. Marsh said the plan was sound.', ['Rep. T.J. Marsh said the plan was sound.']],
    ['The favourite is Lind. 81-year-old Ada Vey said so.', ['The favourite is Lind.', '81-year-old Ada Vey said so.']],
    ['Shelling began at 5 p.m. 20 people were hurt.', ['Shelling began at 5 p.m. 20 people were hurt.']],
    ['It was listed as No. 4 on the list.', ['It was listed as No. 4 on the list.']],
    ['He said "stop." Then he left.', ['He said "stop."', 'Then he left.']],
  ])('splits %j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});
