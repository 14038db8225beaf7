import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/extract/document';
import { isNonProse } from '../../lib/extract/non-prose';

function nonProse(text: string): boolean {
  const doc = readDocument(text);
  return isNonProse(doc, 0, doc.tokens.length);
}

describe('isNonProse', () => {
  it.each([
    ['Ministry Says Floods Will Ease By Friday', true],
    ['By Lena Ortiz and Tom Baker', true],
    ['Read more: Officials say the dam is safe', true],
    ['Photo: Residents look at the damaged school.', true],
    ['Lena Ortiz is a correspondent covering the region for the paper.', true],
    ['Villagers in the valley say the water rose within an hour.', false],
    ['The spokesman continued:', false],
    ['Villagers say goodbye to the soldiers in Hamra on Tuesday. (Photo: Valley Courier)', true],
    ['The mayor said the bridge would reopen on Friday (Friday is market day).', false],
    ['Photo: Firefighters battle the blaze, which officials said began in a warehouse late on Sunday night after a power cut.', true],
    ['Firefighters battle the blaze, which officials said began in a warehouse. (Valley Wire/Lena Ortiz)', true],
    ['Correction: An earlier version of this article said the dam burst on Tuesday. It burst on Monday.', true],
    ['An earlier version of this story misstated the number of wells.', true],
    ['The mayor said the dam held (a claim the board disputes/denies)', false],
    ['"We are ready," the mayor said', false],
    ["Mayor: 'We Are Ready'", true],
    ['Update: The ministry said on Friday that the dam had held.', false],
  ])('%s -> %s', (text, expected) => {
    expect(nonProse(text)).toBe(expected);
  });
});
