import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../lib/extract/index';

const contentOf = (text: string) => extractAttributions(text)[0].content.text;

describe('a claim carried over an aside on whom it counts', () => {
  it.each([
    ['The harbour office said nine people had drowned, among them two crew members, and blamed the storm.', 'nine people had drowned, among them two crew members'],
    ['The harbour office said nine people had drowned, including a child.', 'nine people had drowned, including a child'],
    ['The harbour office said nine people had drowned, which shocked the town.', 'nine people had drowned'],
  ])('%s', (text, content) => {
    expect(contentOf(text)).toBe(content);
  });
});
