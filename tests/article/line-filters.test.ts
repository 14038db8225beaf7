import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { isBoilerplateLine } from '../../lib/article/boilerplate-line';
import { isHidden, nameVote } from '../../lib/article/boilerplate-names';
import { isBylineText } from '../../lib/article/byline';
import { isDatelineOnly } from '../../lib/article/dateline-only';

describe('isBylineText', () => {
  it.each([
    ['By Lena Varga and Tomas Reyes', true],
    ['By ANA LIMA, Coastline Wire', true],
    ['by Omar al-Idris in Mosul', true],
    ['Reporting by Rami Haddad; Editing by June Okafor', true],
    ['Additional reporting by Dana Pruitt', true],
    ['By Tuesday evening, the toll had risen to twelve, officials said.', false],
    ['By contrast, the army gave no figure.', false],
    ['The ministry said it was investigating.', false],
  ])('%s → %s', (text, expected) => {
    expect(isBylineText(text)).toBe(expected);
  });
});

describe('isDatelineOnly', () => {
  it.each([
    ['Published 3 March 2026, 14:05 GMT', true],
    ['Updated: Tue 4 Mar 2026 · 5 min read', true],
    ['Posted on 2026-11-03 at 08:15', true],
    ['BASRA, 3 March', true],
    ['— Rima Sol (@rimasol) June 3, 2026', false],
    ['KESSAL, May 21 (Coastline Wire) - An overnight strike killed five people, the ministry said.', false],
    ['He died on March 3.', false],
    ['Police said 3 people were hurt.', false],
    ['The council met on Monday.', false],
  ])('%s → %s', (text, expected) => {
    expect(isDatelineOnly(text)).toBe(expected);
  });
});

describe('isBoilerplateLine', () => {
  it.each([
    ['Advertisement', true],
    ['Photo: AFP', true],
    ['Read more', true],
    ['12 comments', true],
    ['Share this article', true],
    ['Advertisement spending fell sharply last year, the agency said.', false],
    ['The photo showed a burning car.', false],
  ])('%s → %s', (text, expected) => {
    expect(isBoilerplateLine(text)).toBe(expected);
  });
});

describe('nameVote and isHidden', () => {
  const { document } = parseHTML('<html><body></body></html>');
  const element = (attributes: Record<string, string>) => {
    const div = document.createElement('div');
    for (const [name, value] of Object.entries(attributes)) div.setAttribute(name, value);
    return div as unknown as Element;
  };

  it.each([
    [{ class: 'comment-list' }, -1],
    [{ class: 'c-comment__text' }, -1],
    [{ id: 'authorBio' }, -1],
    [{ class: 'share_bar' }, -1],
    [{ class: 'sr-only' }, -1],
    [{ role: 'navigation' }, -1],
    [{ class: 'comment-body' }, -1],
    [{ class: 'article-body' }, 1],
    [{ class: 'story' }, 1],
    [{ class: 'lead headline' }, 0],
    [{ class: 'x'.repeat(600) + ' comments' }, 0],
  ] as const)('%j votes %i', (attributes, expected) => {
    expect(nameVote(element(attributes))).toBe(expected);
  });

  it.each([
    [{ hidden: '' }, true],
    [{ 'aria-hidden': 'true' }, true],
    [{ style: 'color: red; display:none' }, true],
    [{ style: 'visibility : hidden' }, true],
    [{ style: 'display: block' }, false],
    [{ 'aria-hidden': 'false' }, false],
  ])('%j hidden: %s', (attributes, expected) => {
    expect(isHidden(element(attributes))).toBe(expected);
  });
});
