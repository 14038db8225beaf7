import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../lib/extract/index';

// Issue 3, "What it must get right": hedges that change a claim's strength stay on the claim,
// and a hedge word beside a reporting verb does not become an attribution of its own.

describe('hedges kept on the claim', () => {
  it.each([
    ['The guards allegedly beat two prisoners, their lawyer said.', 'allegedly', 'The guards allegedly beat two prisoners'],
    ['The lawyer said the guards allegedly beat two prisoners.', 'allegedly', 'the guards allegedly beat two prisoners'],
    ['The militia reportedly seized the dam, the Valley Courier said.', 'reportedly', 'The militia reportedly seized the dam'],
    ['The clip purportedly shows the dam being blown up, activists said.', 'purportedly', 'The clip purportedly shows the dam being blown up'],
    ['The army said the drone was apparently shot down by rebels.', 'apparently', 'the drone was apparently shot down by rebels'],
    ['Unconfirmed reports said the dam had been seized.', 'unconfirmed', 'the dam had been seized'],
    ['The militia claimed it had seized the dam.', 'claimed', 'it had seized the dam'],
    ['The dam has been seized, the militia claimed.', 'claimed', 'The dam has been seized'],
    ['Police sources said the van may have been carrying explosives.', 'may have', 'the van may have been carrying explosives'],
    ['A nurse said the number of dead could rise.', 'could', 'the number of dead could rise'],
    ['The engineer said the crack might explain the leak.', 'might', 'the crack might explain the leak'],
    ['Villagers said the dam was possibly sabotaged.', 'possibly', 'the dam was possibly sabotaged'],
    ['Police suggested the driver had been drinking.', 'suggested', 'the driver had been drinking'],
  ])('%s', (text, hedge, content) => {
    const found = extractAttributions(text);
    expect(found).toHaveLength(1);
    expect(found[0].hedges).toContain(hedge);
    expect(found[0].content.text).toBe(content);
  });

  it('keeps "appeared to" on the claim it weakens', () => {
    const found = extractAttributions('Witnesses said the convoy appeared to turn back at the border.');
    expect(found.map((a) => [a.speaker, a.content.text, a.hedges])).toEqual([['Witnesses', 'the convoy appeared to turn back at the border', ['appeared to']]]);
  });

  it('gives a plain claim no hedge', () => {
    expect(extractAttributions('The ministry said the dam was safe.').map((a) => a.hedges)).toEqual([[]]);
  });

  it('reads "could not" as an inability and "May" as a month, not as doubt', () => {
    expect(extractAttributions('Officials in May said engineers could not reach the dam.').map((a) => a.hedges)).toEqual([[]]);
  });

  it('gives an unconfirmed report its unnamed kind', () => {
    expect(extractAttributions('Unconfirmed reports said the dam had been seized.')[0].speakerKind).toBe('unnamed');
  });
});
