import { describe, expect, it } from 'vitest';
import { onlyAttribution } from './only-attribution';
import { extractAttributions } from '../../lib/extract/index';

// Issue 3, "What it must get right": reporting clauses after the claim, inverted cues and passive
// agents. These pass once buildAttribution calls reportingClauseRoles (lib/extract/reporting-clause.ts).

describe('a closing reporting clause keeps the whole claim', () => {
  it.each([
    ['The ferry will sail at noon, the harbour master said.', 'harbour master', 'The ferry will sail at noon'],
    ['Two boats sank in the storm, the coastguard added.', 'coastguard', 'Two boats sank in the storm'],
    ['The market was not bombed, the ministry denied.', 'ministry', 'The market was not bombed'],
    ['Nine people died, the hospital confirmed.', 'hospital', 'Nine people died'],
    ['The convoy was ambushed, local media reported.', 'local media', 'The convoy was ambushed'],
    ['A deal was days away, a source close to the negotiations said.', 'source close to the negotiations', 'A deal was days away'],
    ['The strike hit an empty depot, the ministry said in a statement.', 'ministry', 'The strike hit an empty depot'],
    ['The ferry would sail at noon, Petra Lind told the Coast Gazette.', 'Petra Lind', 'The ferry would sail at noon'],
    ['PORTVILLE, March 3 — Ferries will sail on Friday, officials said.', 'officials', 'Ferries will sail on Friday'],
    ['“We were not warned,” an official who spoke on condition of anonymity told the Coast Gazette.', 'official', '“We were not warned,”'],
    ['The water ran out on Monday, a doctor who treated the wounded said.', 'doctor', 'The water ran out on Monday'],
    // A participle clause after the reporting clause is about the speaker, not the claim.
    ['“The army is lying,” one resident said, declining to give his name for fear of reprisals.', 'one resident', '“The army is lying,”'],
    ['The ferry will sail at noon, the harbour master said, speaking to reporters.', 'harbour master', 'The ferry will sail at noon'],
  ])('%s', (text, speaker, content) => {
    expect(onlyAttribution(text)).toMatchObject({ speaker, content: { text: content } });
  });
});

describe('the source after an inverted cue', () => {
  it.each([
    ['“We will rebuild every house,” said the governor.', 'the governor', 'governor'],
    ['The ferry will sail at noon, said Petra Lind, the harbour master.', 'Petra Lind, the harbour master', 'Petra Lind'],
    ['The strike hit a weapons store, said the spokesperson for the coalition, Colonel Rafael Ortega.', 'the spokesperson for the coalition, Colonel Rafael Ortega', 'Rafael Ortega'],
  ])('%s', (text, source, speaker) => {
    expect(onlyAttribution(text)).toMatchObject({ source: { text: source }, speaker });
  });

  it('reads "the spokesperson ..., Colonel X, said" after the claim', () => {
    const text = 'The strike hit a weapons store, the spokesperson for the coalition, Colonel Rafael Ortega, said.';
    expect(onlyAttribution(text)).toMatchObject({ speaker: 'Rafael Ortega', speakerKind: 'military', content: { text: 'The strike hit a weapons store' } });
  });
});

describe('a name and a long or possessive role in apposition after the quotation', () => {
  it.each([
    ['“The plan has no strategy,” Ada Vey, the former harbour governor and a candidate for the council, told Radio Kestra.', 'Ada Vey, the former harbour governor and a candidate for the council,'],
    ['“The talks are over,” Ben Lind, the mayor’s deputy chief of staff, said on Sunday.', 'Ben Lind, the mayor’s deputy chief of staff,'],
  ])('%s', (text, source) => {
    expect(extractAttributions(text)[0]?.source?.text).toBe(source);
  });
});

describe('a subject with a participial aside before "said" is no claim', () => {
  it.each([
    ['The army, citing field reports, said two soldiers died.', 'The army', 'two soldiers died'],
    ['The hospital, citing its records, said four died.', 'The hospital', 'four died'],
  ])('%s', (text, source, content) => {
    const found = extractAttributions(text).find((attribution) => attribution.cue.text === 'said');
    expect(found).toMatchObject({ source: { text: source }, content: { text: content } });
  });
});

describe('passive cues with their agent', () => {
  it.each([
    ['The toll of nine dead was confirmed by the hospital.', 'hospital', 'The toll of nine dead'],
    ['The curfew was announced by the governor on Sunday.', 'governor', 'The curfew'],
    ['The governor was quoted by Radio Meridian as saying the dam would hold.', 'governor', 'the dam would hold'],
  ])('%s', (text, speaker, content) => {
    expect(onlyAttribution(text)).toMatchObject({ speaker, content: { text: content } });
  });
});

describe('cases the on-disk model of 07:07 missed (A)', () => {
  it('highlights nothing in "The two sides broke the said agreement in May."', () => {
    expect(extractAttributions('The two sides broke the said agreement in May.')).toEqual([]);
  });

  it('keeps "the inmates’ lawyer" out of the claim', () => {
    expect(onlyAttribution('The guards allegedly beat two prisoners, the inmates’ lawyer said.').content.text).toBe('The guards allegedly beat two prisoners');
  });
});

describe('plural present cues closing the claim', () => {
  it('reads "..., the inmates allege."', () => {
    expect(onlyAttribution('The guards beat the prisoners, the inmates allege.')).toMatchObject({ speaker: 'inmates', content: { text: 'The guards beat the prisoners' } });
  });
});

describe('cues the cue model misses, closing the claim', () => {
  it.each([
    ['The bridge has collapsed, local radio reports.', 'local radio', 'The bridge has collapsed'],
    ['The ferry is safe, the harbour board stated on Tuesday.', 'harbour board', 'The ferry is safe'],
  ])('%s', (text, speaker, content) => {
    expect(onlyAttribution(text)).toMatchObject({ speaker, content: { text: content } });
  });
});

describe('a claim after the listener of "told"', () => {
  it.each([
    ['A source close to the talks told Reuters the ceasefire would not hold.', 'the ceasefire would not hold'],
    ['Two fishermen told the BBC they saw a drone over the harbour.', 'they saw a drone over the harbour'],
    ['The mayor told the Associated Press the town had run out of fuel.', 'the town had run out of fuel'],
  ])('%s', (text, content) => {
    expect(onlyAttribution(text).content.text).toBe(content);
  });
});
