import { describe, expect, it } from 'vitest';
import { readFacts } from '../../lib/facts';

const keys = (mentions: Array<{ key: string }>) => mentions.map((mention) => mention.key);

describe('readFacts events, means, actors, victims, places, hedges, report', () => {
  it.each([
    ['Helicopters struck the outpost at dawn.', ['strike'], ['helicopter']],
    ['The guards came under small-arms fire and returned fire in self-defense.', ['shooting', 'self-defence'], ['small-arms fire']],
    ['Teenagers threw stones and one Molotov cocktail at the trucks.', [], ['stones', 'petrol bomb']],
    ['Ground troops stormed the town after a drone strike.', ['attack', 'strike'], ['ground troops', 'drone']],
  ])('events and means of "%s"', (text, events, means) => {
    const facts = readFacts(text);
    expect(keys(facts.events)).toEqual(events);
    expect(keys(facts.means)).toEqual(means);
  });

  it.each([
    ['Russian jets bombed the bridge.', 'russia', true],
    ['A convoy of Turkish forces was ambushed by gunmen.', 'turkey', false],
    ['An air raid by Israeli aircraft hit the depot.', 'israel', true],
  ])('actor of "%s"', (text, key, agent) => {
    expect(readFacts(text).actors[0]).toMatchObject({ key, agent });
  });

  it('reads "us" as the country only in capitals', () => {
    expect(keys(readFacts('The soldiers told us to leave.').actors)).not.toContain('united states');
    expect(keys(readFacts('US soldiers told reporters to leave.').actors)).toContain('united states');
  });

  it.each([
    ['The dead man was a shepherd from the hills.', 'civilian'],
    ['The victim was reportedly a member of a militia, a militia fighter from the next valley.', 'militia member'],
    ['Sniper fire killed a teenager near the wall.', 'child'],
    ['The gunmen shot two off-duty soldiers.', 'soldier'],
    ['Two of the dead were attackers, the ministry said.', 'fighter'],
  ])('victim of "%s"', (text, identity) => {
    expect(keys(readFacts(text).victims)).toContain(identity);
  });

  it('reads places after locative words, with keys that ignore Arabic articles', () => {
    const places = readFacts('The clash took place near Tell as-Safa, south of Deir Amun, in Lower Valley province.').places;
    expect(places.map((place) => place.text)).toEqual(['Tell as-Safa', 'Deir Amun', 'Lower Valley']);
    expect(places[0].key).toBe('tell safa');
  });

  it('ignores capitals in a title-case headline', () => {
    expect(readFacts('Minister In Talks Over New Port Deal In Capital').places).toEqual([]);
  });

  it('collects hedges and who is speaking', () => {
    const facts = readFacts('The convoy was allegedly attacked, a local council official said.');
    expect(facts.hedges).toEqual(['allegedly']);
    expect(facts.report).toEqual({ speaker: 'a local council official', cue: 'said' });
    expect(readFacts('According to the regional governor, the bridge collapsed.').report).toMatchObject({ speaker: 'the regional governor' });
    expect(readFacts('The bridge collapsed at noon.').report).toBeNull();
    expect(readFacts('The bridge collapsed at noon, said the mayor.').report).toMatchObject({ speaker: 'the mayor' });
    expect(readFacts('denied its jets bombed the bridge').report).toBeNull();
    // The words of a clause before the verb are no speaker: "nine had died and accused ...".
    expect(readFacts('The rebels said nine had died and accused the police of firing.').report).toMatchObject({ speaker: 'The rebels' });
    expect(readFacts('nine had died and accused the police of firing').report).toBeNull();
    expect(readFacts('nine had died in the strike, residents said').report).toMatchObject({ speaker: 'residents' });
    expect(readFacts('nine people were killed overnight said').report).toBeNull();
    // Auxiliaries and adverbs before the verb are not the speaker's, nor is the claim after it.
    expect(readFacts('Police have said nine died.').report).toMatchObject({ speaker: 'Police' });
    expect(readFacts('The army meanwhile said nine died.').report).toMatchObject({ speaker: 'The army' });
    expect(readFacts('The Red Cross and the UN said nine died.').report).toMatchObject({ speaker: 'The Red Cross and the UN' });
    expect(readFacts('villagers who had fled said nine died').report).toMatchObject({ speaker: 'villagers' });
    expect(readFacts('Officials who were at the scene said nine died.').report).toMatchObject({ speaker: 'Officials' });
  });

  it('collects proper names as keys, skipping a lone capital at a sentence start', () => {
    const names = readFacts('Medics at Tarvel General Hospital said the Coastal Guard had fired. They left.').names;
    expect(names).toEqual(['tarvel general hospital', 'coastal guard']);
    expect(readFacts('Police left.').names).toEqual([]);
  });
});
