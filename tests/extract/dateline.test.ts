import { describe, expect, it } from 'vitest';
import { afterDateline } from '../../lib/extract/dateline';
import { extractAttributions } from '../../lib/extract/index';
import { readDocument } from '../../lib/extract/document';

function rest(text: string): string {
  const doc = readDocument(text);
  const first = afterDateline(doc, 0, doc.tokens.length);
  return doc.text.slice(doc.tokens[first].start);
}

describe('afterDateline', () => {
  it.each([
    ['MARAVEN, Northern Region — The alliance denied it.', 'The alliance denied it.'],
    ['PORTVILLE — Ferries will sail, officials said.', 'Ferries will sail, officials said.'],
    ['PORTVILLE, March 3 — Ferries will sail, officials said.', 'Ferries will sail, officials said.'],
    ['PORTVILLE, March 3 (Valley Wire) - Ferries will sail, officials said.', 'Ferries will sail, officials said.'],
    ['The ferry — the last one — left late.', 'The ferry — the last one — left late.'],
    ['Ferries will sail on Friday, officials said.', 'Ferries will sail on Friday, officials said.'],
  ])('%s', (text, expected) => {
    expect(rest(text)).toBe(expected);
  });
});

describe('a claim that opens a datelined paragraph', () => {
  it.each([
    ['KESTRA, 3 May (Lowland Wire) — Three people were killed at the ferry, police said.', 'Three people were killed at the ferry'],
    ['Earlier that day:\n\nKESTRA — Three people were killed at the ferry, police said.', 'Three people were killed at the ferry'],
  ])('leaves the dateline out of the claim: %s', (text, content) => {
    expect(extractAttributions(text).map((a) => a.content.text)).toEqual([content]);
  });
});
