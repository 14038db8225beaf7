import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../lib/extract/index';

// Issue 3, "What it must get right": embedded social-media posts whose author follows the
// text ("— Name (@handle) date") are said by that author.

describe('embedded social-media posts', () => {
  it.each([
    ['a post with a link, inside an article', 'Footage shared online showed smoke above the harbour.\n\nThe harbour is burning, nobody is coming to help pic.twitter.com/q1w2e3 — Samir Aziz (@samiraziz) March 4, 2025\n\nThe port authority did not respond.', 'Samir Aziz', 'The harbour is burning, nobody is coming to help pic.twitter.com/q1w2e3'],
    ['a day-first date and an underscore handle', 'The harbour is burning, nobody is coming to help — Samir Aziz (@samir_aziz) 4 March 2025', 'Samir Aziz', 'The harbour is burning, nobody is coming to help'],
    ['a signature on its own line', 'The harbour is burning, nobody is coming to help\n— Coastal Watch (@coastalwatch) March 4, 2025', 'Coastal Watch', 'The harbour is burning, nobody is coming to help'],
    ['a post of two sentences', 'The harbour is burning. Nobody is coming to help. — Samir Aziz (@samiraziz) March 4, 2025', 'Samir Aziz', 'The harbour is burning. Nobody is coming to help.'],
  ])('%s', (_, text, author, content) => {
    const post = extractAttributions(text).find((a) => a.cue.text === '—');
    expect(post).toMatchObject({ source: { text: author }, speaker: author, content: { text: content } });
  });

  it('reads "wrote on X" in prose as an ordinary cue', () => {
    const [attribution] = extractAttributions('“The harbour is burning,” Samir Aziz wrote on X.');
    expect(attribution.cue.text).toContain('wrote');
    expect(attribution.speaker).toBe('Samir Aziz');
  });

  it('gives the post’s own first-person claims to the author who signs it below', () => {
    const text = 'Smoke over the harbour. I can see four boats burning at the quay.\n\n— Samir Aziz (@samiraziz) March 4, 2025';
    const seen = extractAttributions(text).find((a) => a.source?.text === 'I');
    expect(seen).toMatchObject({ speaker: 'Samir Aziz', content: { text: 'four boats burning at the quay' } });
  });
});
