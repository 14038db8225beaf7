import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/extract/document';
import { withoutVerbObject } from '../../lib/extract/speech-verbs';

/** The words of withoutVerbObject for the cue spelled `cue` in `text`. */
function cutCue(text: string, cue: string): string {
  const doc = readDocument(text);
  const words = doc.tokens.map((token) => token.lower);
  const first = words.indexOf(cue.split(' ')[0]);
  const cut = withoutVerbObject(doc, { first, last: first + cue.split(' ').length });
  return words.slice(cut.first, cut.last).join(' ');
}

describe('withoutVerbObject', () => {
  it.each([
    ['The rebels have claimed the attack on the depot.', 'have claimed the attack on', 'have claimed'],
    ['The army denied its role in the raid.', 'denied its role in', 'denied'],
    ['The ministry said in a statement that it would wait.', 'said in a statement', 'said in a statement'],
    ['The union took a stand against the plan.', 'took a stand against', 'took a stand against'],
  ])('%s', (text, cue, cut) => {
    expect(cutCue(text, cue)).toBe(cut);
  });
});
