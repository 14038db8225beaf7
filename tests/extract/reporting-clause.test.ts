import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/extract/document';
import { reportingClauseRoles } from '../../lib/extract/reporting-clause';

/** The rule's source and content for the cue on `cueWord`, as text, or null when it leaves the cue to the model. */
function roles(text: string, cueWord: string): [string, string] | null {
  const doc = readDocument(text);
  const cue = doc.tokens.findIndex((token) => token.lower === cueWord);
  const found = reportingClauseRoles(doc, { first: cue, last: cue + 1 });
  const words = (tokens: number[]) => (tokens.length === 0 ? '' : doc.text.slice(doc.tokens[tokens[0]].start, doc.tokens[tokens[tokens.length - 1]].end));
  return found && [words(found.source), words(found.content)];
}

describe('reportingClauseRoles', () => {
  it.each([
    ['The ferry will sail at noon, the harbour master said.', 'said', 'the harbour master', 'The ferry will sail at noon'],
    ['Two boats sank in the storm, the coastguard added.', 'added', 'the coastguard', 'Two boats sank in the storm'],
    ['Nine people died, the hospital confirmed on Monday.', 'confirmed', 'the hospital', 'Nine people died'],
    ['The convoy was ambushed, the Valley Courier reported, citing local sources.', 'reported', 'the Valley Courier', 'The convoy was ambushed'],
    ['The ferry would sail at noon, Petra Lind told the Coast Gazette.', 'told', 'Petra Lind', 'The ferry would sail at noon'],
    ['The strike hit a weapons store, the spokesperson for the coalition, Colonel Rafael Ortega, said.', 'said', 'the spokesperson for the coalition, Colonel Rafael Ortega', 'The strike hit a weapons store'],
    ['Rebels allegedly shelled a school, local radio reports, after talks broke down.', 'reports', 'local radio', 'Rebels allegedly shelled a school'],
    ['PORTVILLE, March 3 — Ferries will sail on Friday, officials said.', 'said', 'officials', 'Ferries will sail on Friday'],
  ])('closing clause: %s', (text, cue, source, content) => {
    expect(roles(text, cue)).toEqual([source, content]);
  });

  it('leaves a clause after the cue to the model: "said parents still want ..." names no speaker', () => {
    expect(roles('Ann Hale, a teacher at the school, said parents still want local schools.', 'said')?.[0]).not.toBe('parents still want local schools');
  });

  it.each([
    ['“We will rebuild every house,” said the governor.', 'said', 'the governor', '“We will rebuild every house,”'],
    ['The ferry will sail at noon, said Petra Lind, the harbour master.', 'said', 'Petra Lind, the harbour master', 'The ferry will sail at noon'],
    ['The strike hit a weapons store, said the spokesperson for the coalition, Colonel Rafael Ortega.', 'said', 'the spokesperson for the coalition, Colonel Rafael Ortega', 'The strike hit a weapons store'],
    ['“We will rebuild,” said Omar Selim. “We start this week.”', 'said', 'Omar Selim', '“We will rebuild,” said Omar Selim. “We start this week.”'],
    // A description of up to six words that opens with a determiner names an unnamed speaker.
    ['The talks went badly, said one official in the room.', 'said', 'one official in the room', 'The talks went badly'],
  ])('source after the cue: %s', (text, cue, source, content) => {
    expect(roles(text, cue)).toEqual([source, content]);
  });

  it.each([
    ['The toll of nine dead was confirmed by the hospital.', 'confirmed', 'the hospital', 'The toll of nine dead'],
    ['The curfew was announced by the governor on Sunday.', 'announced', 'the governor', 'The curfew'],
  ])('passive with its agent: %s', (text, cue, source, content) => {
    expect(roles(text, cue)).toEqual([source, content]);
  });

  it.each([
    ['The governor was quoted by Radio Meridian as saying the dam would hold.', 'the dam would hold'],
    ['The governor was quoted as saying that the dam would hold.', 'that the dam would hold'],
  ])('the one quoted speaks: %s', (text, content) => {
    const doc = readDocument(text);
    const cue = doc.tokens.findIndex((token) => token.lower === 'saying');
    const found = reportingClauseRoles(doc, { first: cue - 1, last: cue + 1 });
    expect(found && [doc.tokens.slice(found.source[0], found.source[found.source.length - 1] + 1).map((t) => t.text).join(' '), found.content.length]).toEqual(['The governor', content.split(' ').length]);
  });

  it('gives a passive "told" no source: its subject only listened', () => {
    expect(roles('Fishermen were told that the harbour would close at dusk.', 'told')).toEqual(['', 'that the harbour would close at dusk']);
  });

  it.each([
    ['The governor said the dam would hold.', 'said'],
    ['Richard Vale, director of the port institute, said the ferries were safe.', 'said'],
    ['In his speech, the senator urged voters to turn out.', 'urged'],
    ['At the rally, the senator said the plant would stay open.', 'said'],
    ['The bank said it would act, and the minister said nothing.', 'said'],
    ['The ferry, the harbour master said, will sail at noon.', 'said'],
    ['Prices rose, the figures told us nothing new about wages.', 'told'],
  ])('leaves other layouts to the model: %s', (text, cue) => {
    expect(roles(text, cue)).toBeNull();
  });

  it('bounds the claim on a run-on sentence of 600,000 tokens', () => {
    const text = `${'Aa Bb, '.repeat(200_000)}said the governor.`;
    const [source, content] = roles(text, 'said') ?? ['', ''];
    expect(source).toBe('the governor');
    expect(content.split(' ').length).toBeLessThanOrEqual(250);
  });
});
