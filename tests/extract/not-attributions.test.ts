import { describe, expect, it } from 'vitest';
import { extractAttributions, extractAttributionSteps } from '../../lib/extract/index';

describe('text that is not an attribution', () => {
  it.each([
    ['"said" as an adjective', 'Both sides broke the said agreement within a week.'],
    ['"said to be"', 'The castle is said to be the oldest in the valley.'],
    ['a headline', 'Ministry Says Floods Will Ease By Friday'],
    ['a byline', 'By Lena Ortiz and Tom Baker'],
    ['a caption', 'Photo: Residents said goodbye at the station.'],
    ['an author bio', 'Lena Ortiz is a correspondent who says she covers the valley.'],
    ['a link list', 'Read more: Mayor says the bridge will reopen'],
  ])('%s', (_, text) => {
    expect(extractAttributions(text).map((a) => a.cue.text)).not.toContain('said');
    expect(extractAttributions(text).filter((a) => /sa(?:id|ys)/i.test(a.cue.text))).toEqual([]);
  });
});

describe('embedded social-media posts', () => {
  it('attributes the post to the author who signs it', () => {
    const text = 'A video circulated on Monday.\n\nSmoke rising over the port right now pic.twitter.com/abc123 — Dana Reyes (@danareyes) May 3, 2021\n\nThe port authority did not comment.';
    const post = extractAttributions(text).find((a) => a.cue.text === '—');
    expect(post).toMatchObject({ speaker: 'Dana Reyes', source: { text: 'Dana Reyes' } });
    expect(post?.content.text).toContain('Smoke rising over the port');
  });

  it('attributes a post whose signature stands on its own line', () => {
    const text = 'Convoy stopped at the checkpoint pic.twitter.com/xyz\n— RIVER DESK (@riverdesk) June 9, 2022';
    const post = extractAttributions(text).find((a) => a.cue.text === '—');
    expect(post?.content.text).toContain('Convoy stopped at the checkpoint');
  });
});

describe('extractAttributionSteps', () => {
  it('yields once per paragraph and adds up to extractAttributions', () => {
    const text = ['The mayor said the bridge would reopen.', 'The tolls were not discussed.', 'She added that buses would run.'].join('\n\n');
    const steps = [...extractAttributionSteps(text)];
    expect(steps).toHaveLength(3);
    expect(steps.flat()).toEqual(extractAttributions(text));
    expect(steps[2][0].speaker).toBe(steps[0][0].speaker);
  });
});
