import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../lib/extract/index';

describe('a sentence opened by the poll or study it reports', () => {
  it.each([
    ['In the latest Valley Courier poll, 61 percent of voters back the dam.', 'the latest Valley Courier poll', '61 percent of voters back the dam'],
    ['HAMRA, May 2 — In a study of river towns, most wells held nitrates above the limit.', 'a study of river towns', 'most wells held nitrates above the limit'],
  ])('%s', (text, source, content) => {
    expect(extractAttributions(text).map((a) => [a.cue.text, a.source?.text, a.content.text])).toEqual([['In', source, content]]);
  });

  it.each([
    ['In a statement, the mayor said the dam would hold.', 'said'],
    ['In the survey of farmers, most said the water was safe.', 'said'],
  ])('leaves the sentence to its own cue: %s', (text, cue) => {
    expect(extractAttributions(text).map((a) => a.cue.text)).toEqual([cue]);
  });

  it.each([['In 2019, the dam burst.'], ['In the valley, polls close at eight.']])('reads no finding in %s', (text) => {
    expect(extractAttributions(text)).toEqual([]);
  });
});
