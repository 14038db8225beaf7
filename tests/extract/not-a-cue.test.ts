import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/extract/document';
import { isNotACue } from '../../lib/extract/not-a-cue';

function saidIsNotACue(text: string): boolean {
  const doc = readDocument(text);
  const said = doc.tokens.findIndex((token) => token.lower === 'said');
  return isNotACue(doc, { first: said, last: said + 1 });
}

describe('isNotACue', () => {
  it.each([
    ['Both sides broke the said agreement within a week.', true],
    ['The bridge is said to be the oldest in the valley.', true],
    ['The general was said to have left the city.', true],
    ['The minister said to reporters that talks would resume.', false],
    ['The minister said talks would resume.', false],
    ['The old mill, said to date from 1820, burned down.', true],
    ['The militia, said to number three thousand, withdrew.', true],
    ['The general said to wait for orders.', false],
    ['The families said goodbye at the gate.', true],
  ])('%s -> %s', (text, expected) => {
    expect(saidIsNotACue(text)).toBe(expected);
  });

  it('finds "said" inside a cue drawn wider than the verb', () => {
    const doc = readDocument('Both sides broke the said agreement within a week.');
    const the = doc.tokens.findIndex((token) => token.lower === 'the');
    expect(isNotACue(doc, { first: the, last: the + 3 })).toBe(true);
  });
});

describe('hedge words beside a reporting verb', () => {
  function hedgeIsNotACue(text: string, hedge: string, width = 1): boolean {
    const doc = readDocument(text);
    const at = doc.tokens.findIndex((token) => token.lower === hedge);
    return isNotACue(doc, { first: at, last: at + width });
  }

  it.each([
    ['The militia reportedly seized the dam, the Valley Courier said.', 'reportedly', 1, true],
    ['The convoy appeared to turn back, witnesses said.', 'appeared', 1, true],
    ['The militia reportedly seized the dam, the Valley Courier said.', 'reportedly', 2, true],
    ['The militia reportedly seized the dam.', 'reportedly', 1, false],
    ['Witnesses said the convoy turned back.', 'said', 1, false],
  ] as const)('%s (%s) -> %s', (text, hedge, width, expected) => {
    expect(hedgeIsNotACue(text, hedge, width)).toBe(expected);
  });
});

describe('a hedging participle used as an adjective', () => {
  it.each([
    ['An alleged video of the incident was broadcast on local TV.', 'alleged', true],
    ['Police arrested the suspected gunman on Friday.', 'suspected', true],
    // Used as a verb it reports: "Rebels alleged that ...".
    ['Rebels alleged that the army fired first.', 'alleged', false],
    ['The patrol fired warning shots at the boat.', 'warning', true],
    ['The navy is warning fishermen to stay away.', 'warning', false],
    ['He had called his mother at 7 a.m.', 'called', true],
    ['The mayor called his rival a liar.', 'called', false],
  ])('%s (%s) -> %s', (text, word, expected) => {
    const doc = readDocument(text);
    const at = doc.tokens.findIndex((token) => token.lower === word);
    expect(isNotACue(doc, { first: at, last: at + 1 })).toBe(expected);
  });
});
