import { describe, expect, it } from 'vitest';
import { measureText } from '../../lib/article/whitespace';

const spaceRuns = /[\x00-\x20\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;

/** What a reader counts: each whitespace run as one character, none before the first word. */
const collapsedLength = (text: string) => text.replace(spaceRuns, ' ').replace(/^ /, '').length;

describe('measureText', () => {
  it('counts a whitespace run as one character and leading whitespace as none', () => {
    expect(measureText('  Two \n killed, ')).toEqual({ chars: 12, commas: 1 });
  });

  // Texts under 32 characters take a loop, longer ones a RegExp scan: both must count alike.
  it.each([
    'Section 12',
    ' said, no ',
    '\n    ',
    'a\u00a0\u00a0b,\tc',
    '\x01x  y\u3000',
    ' The council said, once more, that it disagreed. ',
    '\n      The ministry\u2009said\u00a0no,\r\n  and the army   agreed ',
    ' '.repeat(40),
  ])('%j', (text) => {
    expect(measureText(text)).toEqual({ chars: collapsedLength(text), commas: text.split(',').length - 1 });
  });
});
