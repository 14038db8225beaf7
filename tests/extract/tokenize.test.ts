import { describe, expect, it } from 'vitest';
import { isSpace, tokenize } from '../../lib/extract/tokenize';

describe('tokenize', () => {
  it.each([
    ['The mayor’s aide said: “No.”', ['The', 'mayor’s', 'aide', 'said', ':', '“', 'No', '.', '”']],
    ['U.S. troops in al-Hasakah', ['U.S', '.', 'troops', 'in', 'al-Hasakah']],
    ['— Dana Reyes (@danareyes) May 3', ['—', 'Dana', 'Reyes', '(', '@danareyes', ')', 'May', '3']],
    ['Two\u00a0killed\u3000in Ostra\ufeff.', ['Two', 'killed', 'in', 'Ostra', '.']],
    // Thousands separators stay inside the number; a comma between other numbers is a mark.
    ['About 12,500 fled, a 5,000-word report said', ['About', '12,500', 'fled', ',', 'a', '5,000-word', 'report', 'said']],
    ['rounds 1,2 and 3,0000', ['rounds', '1', ',', '2', 'and', '3', ',', '0000']],
  ])('splits %s into words and marks', (text, expected) => {
    expect(tokenize(text).map((token) => token.text)).toEqual(expected);
  });

  it('keeps offsets that index the text', () => {
    const text = '  Two  killed,\nofficials say. ';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('cuts a run without spaces into bounded tokens', () => {
    const tokens = tokenize('x'.repeat(1000));
    expect(tokens.every((token) => token.text.length <= 64)).toBe(true);
    expect(tokens.map((token) => token.text).join('')).toHaveLength(1000);
  });
});

describe('isSpace', () => {
  it('holds for exactly the code units that \\s matches', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isSpace(code) !== /\s/u.test(String.fromCharCode(code))) differ.push(code);
    expect(differ).toEqual([]);
  });
});
