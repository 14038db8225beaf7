import { describe, expect, it } from 'vitest';
import { documentOwner } from '../../lib/sources/document-owner';

describe('documentOwner', () => {
  it.each([
    ['A statement from the ministry', 'the ministry'],
    ['The statement, posted on the ministry’s website,', 'ministry'],
    ['a post shared on the Valley Brigade’s Telegram channel', 'Valley Brigade'],
    ['The ministry’s statement', 'The ministry'],
    ['the ministry’s latest statement', 'the ministry'],
    ['the rebels’ statement', 'the rebels'],
    ['An army statement', 'army'],
    ['an official statement', null],
    ['a joint statement', null],
    ['a report by the Northern Monitor', 'the Northern Monitor'],
    ['a statement issued by Colonel Rafael Ortega', 'Colonel Rafael Ortega'],
    ['Reports from the valley', null],
    ['a report from the scene', null],
    ['a report of shelling', null],
    ['the statement', null],
    ['the army', null],
  ])('%s -> %s', (mention, owner) => {
    expect(documentOwner(mention)).toBe(owner);
  });

  it('stays quick on a long mention', () => {
    expect(documentOwner(`${'a'.repeat(200_000)}’s statement`)).toBeNull();
  });
});
