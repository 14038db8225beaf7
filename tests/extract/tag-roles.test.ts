import { describe, expect, it } from 'vitest';
import { attributionModel } from '../../lib/extract/attribution-model';
import { tagRoles } from '../../lib/extract/tag-roles';
import { cueAt } from './cue-at';

/** The words the role model labels for the cue, as [source, content]. */
function roles(text: string, cueWords: string): [string, string] {
  const { doc, cue } = cueAt(text, cueWords);
  const isCue = new Uint8Array(doc.tokens.length).fill(1, cue.first, cue.last);
  const found = tagRoles(doc, attributionModel.role, cue, isCue);
  const words = (tokens: number[]) => tokens.map((t) => doc.tokens[t].text).join(' ');
  return [words(found.source), words(found.content)];
}

describe('tagRoles', () => {
  it('labels the source and claim around the cue', () => {
    expect(roles('The harbour master said the ferry would sail at noon.', 'said')).toEqual(['The harbour master', 'the ferry would sail at noon']);
  });

  it('gives the cue nothing from the unquoted sentence before its own', () => {
    expect(roles('Lawbreaker?\n\nSenate Leader Ann Poe (D-Ore.) told reporters the bill was dead.', 'told')[0]).toBe('Senate Leader Ann Poe ( D-Ore . )');
  });

  it('still takes a quotation that runs on from the sentence before', () => {
    const text = '“The ferry will sail. Nobody should worry,” the harbour master said.';
    expect(roles(text, 'said')[1]).toContain('The ferry will sail');
  });
});
