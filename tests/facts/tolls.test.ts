import { describe, expect, it } from 'vitest';
import { readFacts } from '../../lib/facts';

const cases: Array<[string, Array<{ slot: string; min: number; max: number | null; who?: string | null }>]> = [
  ['Gunmen killed three villagers at the market.', [{ slot: 'killed', min: 3, max: 3, who: 'civilian' }]],
  ['At least one soldier was killed in the raid.', [{ slot: 'killed', min: 1, max: null, who: 'soldier' }]],
  ['The shelling killed more than 30 people.', [{ slot: 'killed', min: 31, max: null }]],
  ['Up to five fishermen are missing after the storm.', [{ slot: 'missing', min: 0, max: 5 }]],
  ['Three to five protesters were injured, medics said.', [{ slot: 'wounded', min: 3, max: 5, who: 'protester' }]],
  ['Dozens of students were detained overnight.', [{ slot: 'detained', min: 24, max: 199 }]],
  ['Police arrested several activists.', [{ slot: 'detained', min: 3, max: 9 }]],
  ['A bomb blast killed a policeman and wounded twenty-one others.', [
    { slot: 'killed', min: 1, max: 1, who: 'police' }, { slot: 'wounded', min: 21, max: 21 }]],
  ['No guards were hurt or killed, the company added.', [{ slot: 'wounded', min: 0, max: 0 }, { slot: 'killed', min: 0, max: 0 }]],
  ['The clinic put the death toll at 12.', [{ slot: 'killed', min: 12, max: 12 }]],
  ['Around 1,200 families were displaced by the fighting.', [{ slot: 'displaced', min: 960, max: 1440 }]],
  ['A convoy drove through the village at noon.', []],
  ['A missile killed two drivers near the depot.', [{ slot: 'killed', min: 2, max: 2 }]],
];

describe('readFacts tolls', () => {
  it.each(cases)('%s', (text, expected) => {
    const tolls = readFacts(text).tolls.map(({ slot, min, max, who }) => ({ slot, min, max, who }));
    expect(tolls).toEqual(expected.map((toll) => expect.objectContaining(toll)));
  });

  it('keeps the words the count was read from', () => {
    const [toll] = readFacts('Raiders killed at least two herders on Sunday.').tolls;
    expect(toll.text).toBe('killed at least two herders');
  });
});

describe('readFacts toll subjects', () => {
  it.each([
    ['No guards were hurt.', 'noun:guard'],
    ['The assault wounded three raiders.', 'noun:raider'],
    ['Two people were killed.', null],
    ['Four Turkish soldiers were wounded.', 'soldier'],
  ])('%s', (text, who) => {
    expect(readFacts(text).tolls[0].who).toBe(who);
  });
});

describe('readFacts tolls in harder sentences', () => {
  it.each([
    ['Nine people, including three nurses, were killed.', [['killed', 9, 9]]],
    ['One of the wounded died in hospital.', [['killed', 1, 1]]],
    ['No one was hurt.', [['wounded', 0, 0]]],
    ['On June 14, four workers were injured.', [['wounded', 4, 4]]],
    ['The 2018 flood killed hundreds.', [['killed', 200, 1999]]],
    ['About 800 troops remain at the base.', []],
  ])('%s', (text, expected) => {
    expect(readFacts(text).tolls.map((toll) => [toll.slot, toll.min, toll.max])).toEqual(expected);
  });
});
