import { describe, expect, it } from 'vitest';
import { cueAt } from './cue-at';
import { splitAtLeadingName } from '../../lib/extract/leading-name';

function split(text: string, cueWords: string): string[] {
  const { doc, cue } = cueAt(text, cueWords);
  return splitAtLeadingName(doc, cue).map((part) => doc.tokens.slice(part.first, part.last).map((token) => token.text).join(' '));
}

describe('splitAtLeadingName', () => {
  it.each([
    ['The pro-government daily al-Watan reported that the convoy turned back.', 'daily al-Watan reported', ['reported']],
    ['Her lawyer says Omar Tal promised to testify.', 'says Omar Tal promised', ['says', 'promised']],
    ['He sent tweets early Friday saying the vote was rigged.', 'tweets early Friday saying', ['tweets early Friday saying']],
    ['Omar Tal said the vote was rigged.', 'Omar Tal said', ['said']],
    // A subject that opens the sentence is left out too, even one whose first word spells a verb.
    ['Omar said the vote was rigged.', 'Omar said', ['said']],
    ['State television reported that “terrorists” had attacked.', 'State television reported', ['reported']],
    ['Local media reported the convoy was hit.', 'Local media reported', ['reported']],
    // Words of the verb's own phrase stay.
    ['He went on to say the vote was rigged.', 'went on to say', ['went on to say']],
    ['The rebels flatly denied it.', 'flatly denied', ['flatly denied']],
    ['Mayor Finally Confirmed The Dam Will Hold', 'Finally Confirmed', ['Finally Confirmed']],
  ])('%s (%s)', (text, cue, expected) => {
    expect(split(text, cue)).toEqual(expected);
  });
});
