import { describe, expect, it } from 'vitest';
import { cueAt } from './cue-at';
import { isViolentEvent } from '../../lib/extract/violent-event';

function cueIsEvent(text: string, cueWords: string): boolean {
  const { doc, cue } = cueAt(text, cueWords);
  return isViolentEvent(doc, cue.first, cue.last);
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
    ['Coalition helicopters attacked the checkpoint.', 'attacked', true],
    ['Critics attacked the plan.', 'attacked', false],
  ])('%s (%s) -> %s', (text, cue, expected) => {
    expect(cueIsEvent(text, cue)).toBe(expected);
  });
});
