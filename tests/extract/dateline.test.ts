import { describe, expect, it } from 'vitest';
import { afterDateline } from '../../lib/extract/dateline';
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
