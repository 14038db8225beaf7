import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/extract/document';
import { isViolentEvent } from '../../lib/extract/violent-event';

function cueIsEvent(text: string, cueWords: string): boolean {
  const doc = readDocument(text);
  const words = cueWords.split(' ');
  const first = doc.tokens.findIndex((_, i) => words.every((word, k) => doc.tokens[i + k]?.text === word));
  return isViolentEvent(doc, first, first + words.length);
}

describe('isViolentEvent', () => {
  it.each([
    ['Guards opened fire on the crowd.', 'opened fire on', true],
    ['The guards had fired warning shots.', 'had fired warning', true],
    ['The strike killed four people.', 'killed', true],
    ['Who fired first remains disputed.', 'fired first remains disputed', true],
    ['The army claimed killing twenty fighters.', 'claimed killing', false],
    ['The senator fired back at her critics, saying the plan works.', 'fired', false],
    ['The campaign fired its data director.', 'fired', false],
    ['The senator attacked the plan as reckless.', 'attacked', false],
  ])('%s (%s) -> %s', (text, cue, expected) => {
    expect(cueIsEvent(text, cue)).toBe(expected);
  });
});
