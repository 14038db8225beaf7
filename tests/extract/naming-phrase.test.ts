import { describe, expect, it } from 'vitest';
import { cueAt } from './cue-at';
import { isNamingPhrase } from '../../lib/extract/naming-phrase';

function verbNames(text: string, verb: string): boolean {
  const { doc, cue } = cueAt(text, verb);
  return isNamingPhrase(doc, cue.first, cue.last);
}

describe('isNamingPhrase', () => {
  it.each([
    ['Villagers fled to a camp known as Site Nine.', 'known', true],
    ['The ferry operator, known as Blue Line, cut three routes.', 'known', true],
    ['The group, called Dawn Front, claimed the attack.', 'called', true],
    ['The route, also called the Salt Road, was closed.', 'called', true],
    ['A driver identified only as Sami told the agency the road was shut.', 'identified', true],
    ['Police identified the dead man as a local farmer.', 'identified', false],
    ['The plan (dubbed “Green Gate”) was dropped.', 'dubbed', true],
    ['The report, titled “Silent Coast,” came out on Monday.', 'titled', true],
    ['Critics called the plan reckless.', 'called', false],
    // A thing brought in with its name.
    ['A new militia called Dawn Front claimed the attack.', 'called', true],
    ['The agency released a report titled “Silent Coast” on Monday.', 'titled', true],
    ['The so called corridor was closed.', 'called', true],
    // An owned thing that calls something is a speaker.
    ['The mayor’s campaign called Lind’s report a smear.', 'called', false],
    ['Ann Poe, a lawyer, called Dover a trap.', 'called', false],
    ['Ann Poe, a lawyer, called Dover “a trap,” and left.', 'called', false],
    ['The colonel is known to have met the rebels.', 'known', false],
    ['Operation Steady Shield, as the coalition is formally known, said it was reviewing the reports.', 'known', true],
    // A speaker's own label is who they are, not what they claim.
    ['The coalition, which calls itself Operation Steady Shield, said the strike hit a depot.', 'calls', true],
    ['The faction styles itself the Dawn Front.', 'styles', true],
    // A label that is no name is a claim about oneself.
    ['The mayor calls himself a pragmatist.', 'calls', false],
    ['In 1999 he called himself “very pro-choice” on air.', 'called', false],
    ['The group describes itself as an independent monitor.', 'describes', false],
  ])('%s (%s) -> %s', (text, verb, expected) => {
    expect(verbNames(text, verb)).toBe(expected);
  });
});
