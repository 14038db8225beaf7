import { describe, expect, it } from 'vitest';
import { subjectBeforeCue } from '../../lib/extract/subject-before-cue';
import { cueAt } from './cue-at';

function subject(text: string, cueWords: string): string | null {
  const { doc, cue } = cueAt(text, cueWords);
  const found = subjectBeforeCue(doc, cue);
  return found && doc.text.slice(doc.tokens[found[0]].start, doc.tokens[found[1] - 1].end);
}

describe('subjectBeforeCue', () => {
  it.each([
    ['HAMRA — Two days after the clash, the rival parties have offered accounts that cannot all be true.', 'have offered accounts', 'the rival parties'],
    ['After the clash, the parties involved have offered accounts that cannot all be true.', 'have offered accounts', 'the parties involved'],
    ['The river board expects the dam to hold.', 'expects', 'The river board'],
    ['Trump unleashed a series of posts saying the vote was rigged.', 'saying', null],
    ['The plan was widely ridiculed for its cost.', 'ridiculed', null],
    ['The mayor appeared to blame the guards.', 'appeared', null],
    ['Now the mayor seems sure.', 'seems', null],
  ])('%s (%s) -> %s', (text, cue, expected) => {
    expect(subject(text, cue)).toBe(expected);
  });
});
