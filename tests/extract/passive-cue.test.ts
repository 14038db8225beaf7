import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/extract/document';
import { extractAttributions } from '../../lib/extract/index';
import { passiveAgent } from '../../lib/extract/passive-cue';

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
    // No form of "be": an active verb with "by" names no agent.
    ['The council stood by its decision.', 'stood by', null],
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
