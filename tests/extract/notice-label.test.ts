import { describe, expect, it } from 'vitest';
import { cueAt } from './cue-at';
import { extractAttributions } from '../../lib/extract/index';
import { isNoticeLabelColon } from '../../lib/extract/notice-label';

function colonIsLabel(text: string): boolean {
  const { doc, cue } = cueAt(text, ':');
  return isNoticeLabelColon(doc, cue.first, cue.last);
}

describe('isNoticeLabelColon', () => {
  it.each([
    ['Update: The ministry said on Friday that the dam had held.', true],
    ["Editor's note: This story contains graphic descriptions.", true],
    ['Analysis: Why the dam talks failed.', true],
    ['GOVERNOR: It was hit once, on Tuesday night.', false],
    ['The mayor added: “We will rebuild.”', false],
  ])('%s -> %s', (text, expected) => {
    expect(colonIsLabel(text)).toBe(expected);
  });

  it('keeps the report after an update label and drops the label as a speaker', () => {
    const found = extractAttributions('Update: The ministry said on Friday that the dam had held.');
    expect(found.map((a) => [a.cue.text, a.source?.text])).toEqual([['said', 'The ministry']]);
  });
});
