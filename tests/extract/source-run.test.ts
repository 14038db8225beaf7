import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/extract/document';
import { wholeSourceRun } from '../../lib/extract/source-run';

/** The words of wholeSourceRun for the run `run` (words of `text`) before the cue word `cue`. */
function wholeRun(text: string, run: string, cue: string): string {
  const doc = readDocument(text);
  const words = doc.tokens.map((token) => token.text);
  const first = words.indexOf(run.split(' ')[0]);
  const cueAt = words.indexOf(cue);
  const [from, to] = wholeSourceRun(doc, first, first + run.split(' ').length, { first: cueAt, last: cueAt + 1 });
  return words.slice(from, to).join(' ');
}

describe('wholeSourceRun', () => {
  it.each([
    ['The harbour master said the port would reopen.', 'harbour master', 'said', 'The harbour master'],
    ['A farmer who lost his barn said the river rose overnight.', 'A farmer who', 'said', 'A farmer who lost his barn'],
    ['Our reporter, who was there, said the hall was full.', 'Our reporter', 'said', 'Our reporter'],
    ['On Monday officials said the road was closed.', 'officials', 'said', 'officials'],
    ['The ferry left after harbour officials said the storm had passed.', 'officials', 'said', 'harbour officials'],
    ['The ferry left after officials said the storm had passed.', 'officials', 'said', 'officials'],
    ['The ferry left when they said the storm had passed.', 'they', 'said', 'they'],
    ['The ferry left before dawn witnesses said the storm had passed.', 'witnesses', 'said', 'witnesses'],
    ['The ferry left after months officials said the storm had passed.', 'officials', 'said', 'officials'],
  ])('%s', (text, run, cue, whole) => {
    expect(wholeRun(text, run, cue)).toBe(whole);
  });
});
