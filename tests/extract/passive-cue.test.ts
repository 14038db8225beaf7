import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/extract/document';
import { extractAttributions } from '../../lib/extract/index';
import { isAgentlessPassive, passiveAgent } from '../../lib/extract/passive-cue';

/** The agent passiveAgent finds for the cue `cue` (its words, in order), or null. */
function agentOf(text: string, cue: string): string | null {
  const doc = readDocument(text);
  const words = doc.tokens.map((token) => token.text);
  const cueWords = cue.split(' ');
  const first = words.findIndex((_, i) => cueWords.every((word, k) => words[i + k] === word));
  const agent = passiveAgent(doc, first, first + cueWords.length);
  return agent && words.slice(agent[0], agent[1]).join(' ');
}

describe('passiveAgent', () => {
  it.each([
    ['The bypass has been backed by dozens of farmers from the valley.', 'has been backed by', 'dozens of farmers from the valley'],
    ['The levy is opposed by most shop owners, the survey found.', 'is opposed', 'most shop owners'],
    ['The ruling was welcomed by the union after a long wait.', 'was welcomed by', 'the union'],
    // A participle after a comma is a passive of its own: "the plan, backed by ...".
    ['Road tolls rose, promoted by the regional council.', 'promoted', 'the regional council'],
    // No form of "be": an active verb with "by" names no agent.
    ['The council stood by its decision.', 'stood by', null],
    // "said by telephone", "reached by message" say how, not by whom.
    ['The road is closed, the mayor said by telephone.', 'said', null],
    ['The director, reached by message, said the road was closed.', 'reached', null],
    ['The mayor endorsed the plan by a wide margin.', 'endorsed', null],
  ])('%s', (text, cue, expected) => {
    expect(agentOf(text, cue)).toBe(expected);
  });
});

describe('a passive cue gives its agent as the source', () => {
  it.each([
    ['The new bypass has been endorsed by the regional farmers’ union.', 'the regional farmers’ union', 'The new bypass'],
    ['The plan is supported by most shop owners in the old town.', 'most shop owners in the old town', 'The plan'],
  ])('%s', (text, source, content) => {
    expect(extractAttributions(text)[0]).toMatchObject({ source: { text: source }, content: { text: content } });
  });
});

describe('a channel after "by" names no speaker', () => {
  it('gives "reached by message" no attribution of its own', () => {
    const found = extractAttributions('Its director, reached by message, said a second guard had died.');
    expect(found.map((a) => a.speaker)).not.toContain('message');
    expect(found.find((a) => a.cue.text === 'said')?.source?.text).toBe('Its director');
  });
});

describe('isAgentlessPassive', () => {
  it.each([
    ['The clerk was accused of hiding the ledger.', 'accused of', true],
    ['The clerk has been blamed for the delay.', 'blamed for', true],
    ['The curfew was announced on Sunday.', 'announced', true],
    // An agent or "quoted as saying" names the speaker; an active verb is no passive.
    ['The curfew was announced by the governor.', 'was announced', false],
    ['The clerk was quoted as saying the ledger was lost.', 'quoted as saying', false],
    ['The clerk announced the curfew.', 'announced', false],
  ])('%s', (text, cue, expected) => {
    const doc = readDocument(text);
    const words = doc.tokens.map((token) => token.text);
    const cueWords = cue.split(' ');
    const first = words.findIndex((_, i) => cueWords.every((word, k) => words[i + k] === word));
    expect(isAgentlessPassive(doc, first, first + cueWords.length)).toBe(expected);
  });

  it('leaves the subject of an agentless passive out of the source', () => {
    const [accused] = extractAttributions('The clerk was accused of hiding the ledger from the auditors.');
    expect(accused).toMatchObject({ source: null, speakerKind: 'unnamed', content: { text: 'hiding the ledger from the auditors' } });
  });
});
