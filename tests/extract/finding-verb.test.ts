import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/extract/document';
import { missedFindingVerbs } from '../../lib/extract/finding-verb';

function findingCues(text: string): string[] {
  const doc = readDocument(text);
  return missedFindingVerbs(doc, 0, doc.tokens.length, new Uint8Array(doc.tokens.length)).map((cue) => doc.tokens[cue.first].text);
}

describe('missedFindingVerbs', () => {
  it.each([
    ['A 2019 study by the river board found 31 wells over the limit.', ['found']],
    ['The latest survey of farmers shows support for the dam.', ['shows']],
    ['Researchers at the institute concluded the spill was avoidable.', ['concluded']],
    ['The body was found dead near the dam.', []],
    ['The court found him guilty, a report said.', []],
    ['The mayor found the report convincing.', []],
    ['The report was published, and the mayor found it convincing.', []],
    ['“The study found nothing,” she said.', []],
  ])('%s -> %j', (text, cues) => {
    expect(findingCues(text)).toEqual(cues);
  });
});
