import { describe, expect, it } from 'vitest';
import { readFacts } from '../../lib/facts';

describe('readFacts negations', () => {
  it.each([
    ['The navy did not fire on the trawler.', 'not', 'fire on the trawler', ['shooting']],
    ['The ministry denied carrying out an air strike on the camp.', 'denied', 'carrying out an air strike on the camp', ['strike']],
    ['Officials said no raid took place that night.', 'no', 'raid took place that night', ['attack']],
    ['The army never shelled the hospital, a spokesman insisted.', 'never', 'shelled the hospital', ['strike']],
    ['Reports of a massacre were false.', 'false', 'Reports of a massacre were', []],
    ['The governor refuted claims that troops stormed the port.', 'refuted', 'claims that troops stormed the port', ['attack']],
  ])('%s', (text, cue, scope, events) => {
    const [negation] = readFacts(text).negations;
    expect(negation).toMatchObject({ cue, scope, events });
  });

  it('stops the scope at a clause boundary', () => {
    const [negation] = readFacts('The patrol did not stop, but it fired warning shots.').negations;
    expect(negation.scope).toBe('stop');
  });

  it('does not count a denied event as asserted', () => {
    const facts = readFacts('The alliance did not carry out any airstrike.');
    expect(facts.events).toEqual([]);
    expect(facts.means).toEqual([]);
    expect(facts.negations[0].events).toEqual(['strike']);
  });
});

describe('readFacts negations of knowing or saying', () => {
  it.each([
    ['The nurse had not seen them fire herself.'],
    ['The ministry did not respond to a question about the dead.'],
    ['The army did not confirm that the strike took place.'],
  ])('does not deny the event in "%s"', (text) => {
    expect(readFacts(text).negations[0].events).toEqual([]);
  });
});
