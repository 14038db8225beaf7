import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/extract/document';
import { extractAttributions } from '../../lib/extract/index';
import { reducedRelativeSubject, withoutReducedRelatives } from '../../lib/extract/reduced-relative';
import { cueAt } from './cue-at';

describe('withoutReducedRelatives', () => {
  it.each([
    ['A clip shared online that night shows soldiers firing.', ['shows']],
    ['The poll released on Tuesday found wide support.', ['found']],
    ['The ministry released a statement saying the port is shut.', ['released', 'saying']],
    ['The ministry shared on Monday that the port is shut, officials said.', ['shared', 'said']],
    ['Police said witnesses saw the car.', ['said', 'saw']],
    ['The statement, posted on the website, said the port is shut.', ['said']],
    ['The ministry, shared on Monday, said the port is shut, officials said.', ['said', 'said']],
    ['Dock workers quoted by a local paper said the port is shut.', ['said']],
    ['In a message posted on its channel, the union said the port is shut.', ['said']],
    ['In the end the union posted on its channel that the port is shut, and the mayor said so.', ['posted', 'said']],
    ['A statement attributed to the union said the port is shut.', ['said']],
  ])('%s keeps %j', (text, kept) => {
    const doc = readDocument(text);
    const verbs = new Set(['shared', 'shows', 'released', 'found', 'saying', 'said', 'saw', 'quoted', 'posted', 'attributed']);
    const cues = doc.tokens.flatMap((token, i) => (verbs.has(token.lower) ? [{ first: i, last: i + 1 }] : []));
    expect(withoutReducedRelatives(doc, cues).map((cue) => doc.tokens[cue.first].lower)).toEqual(kept);
  });
});

describe('reducedRelativeSubject', () => {
  it('takes the clause from its start to the cue', () => {
    const { doc, cue } = cueAt('After the raid, a clip posted by a resident shows two trucks.', 'shows');
    const subject = reducedRelativeSubject(doc, cue);
    expect(subject && doc.text.slice(doc.tokens[subject[0]].start, doc.tokens[subject[1] - 1].end)).toBe('a clip posted by a resident');
  });

  it('finds none without a publishing participle', () => {
    const { doc, cue } = cueAt('The clip clearly shows two trucks.', 'shows');
    expect(reducedRelativeSubject(doc, cue)).toBeNull();
  });
});

describe('a statement described by a participle in apposition', () => {
  it('has only its own cue', () => {
    const found = extractAttributions('The statement, posted on the ministry website, read: “Our forces responded to an attack.”');
    expect(found.map((a) => a.cue.text)).toEqual(['read:']);
  });
});

describe('a clip shared online purportedly shows', () => {
  it('credits the clip, keeps the hedge and reads no cue in "shared"', () => {
    const [claim, ...rest] = extractAttributions('A short clip shared online that evening purportedly shows guards firing into the air.');
    expect(rest).toEqual([]);
    expect(claim.cue.text).toMatch(/shows$/);
    expect(claim.source?.text).toMatch(/^A short clip\b/);
    expect(claim.hedges).toEqual(['purportedly']);
  });
});
