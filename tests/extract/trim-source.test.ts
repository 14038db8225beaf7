import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../lib/extract/index';

describe('source extent: an apposition or label right before the cue keeps its closing mark', () => {
  it.each([
    ["Tom Lee, the club's treasurer, says the accounts are in order.", "Tom Lee, the club's treasurer,"],
    ['The police chief, who took office in May, said the station would stay open.', 'The police chief, who took office in May,'],
    ['Senator Ann Poe (Democrat) said the vote would be close.', 'Senator Ann Poe (Democrat)'],
    ['The mayor said the bridge would reopen next week.', 'The mayor'],
  ])('%s', (text, source) => {
    expect(extractAttributions(text)[0]?.source?.text).toBe(source);
  });
});
