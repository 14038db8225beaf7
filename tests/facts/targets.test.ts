import { describe, expect, it } from 'vitest';
import { readFacts } from '../../lib/facts';

const targetKeys = (text: string) => (readFacts(text).targets ?? []).map((target) => target.key);

describe('readTargets', () => {
  it.each([
    ['Fighter jets struck a weapons depot outside the town.', ['depot']],
    ['The attack on the crowded central market killed nine.', ['market']],
    ['Soldiers fired on the convoy as it left the crossing.', ['vehicle']],
    ['The clinic was shelled twice overnight.', ['hospital']],
    ['Drones hit a wedding party and then a bakery across the road.', ['gathering']],
    ['Artillery struck two hospitals in the north.', ['hospital']],
    ['Militants fired two rockets at the base before dawn.', ['military site']],
    ['Gunmen fired on a school bus near the border.', ['vehicle']],
  ])('%s -> %j', (text, expected) => {
    expect(targetKeys(text)).toEqual(expected);
  });

  it.each([
    'The market reopened on Sunday after the strike.',
    'The ministry denied that its aircraft struck the market.',
    'Rain hit the region and the hospital stayed open.',
  ])('reads no target in "%s"', (text) => {
    expect(targetKeys(text)).toEqual([]);
  });
});
