import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../lib/extract/index';

describe('a figure keeps its qualifier in the claim', () => {
  it.each([
    ['The ministry said at least 12 people died.', 'at least 12 people died'],
    ['Activists said at most 40 people had been detained.', 'at most 40 people had been detained'],
    ['Activists said as many as 40 people had been detained.', 'as many as 40 people had been detained'],
    ['Activists on the ground said at least 40 people had been detained.', 'at least 40 people had been detained'],
  ])('%s', (text, claim) => {
    expect(extractAttributions(text)[0].content.text).toBe(claim);
  });
});

describe('the listener of "told" is not part of the claim', () => {
  it.each([
    ['The mother of the dead man told reporters her son was unarmed.', 'her son was unarmed'],
    ['She told them the road was closed.', 'the road was closed'],
  ])('%s', (text, claim) => {
    expect(extractAttributions(text)[0].content.text).toBe(claim);
  });
});
