import { describe, expect, it } from 'vitest';
import { isConveningCall } from '../../lib/extract/convening-call';
import { readDocument } from '../../lib/extract/document';

function callConvenes(text: string): boolean {
  const doc = readDocument(text);
  const at = doc.tokens.findIndex((token) => token.lower.startsWith('call'));
  return isConveningCall(doc, at, at + 1);
}

describe('isConveningCall', () => {
  it.each([
    ['The council called an emergency meeting on Sunday.', true],
    ['The union called a general strike.', true],
    ['The mayor called a news conference on Monday.', true],
    ['The president called snap elections.', true],
    ['The union called off the strike.', true],
    ['The army called up two thousand reservists.', true],
    ['The mayor called the meeting a farce.', false],
    ['The union called the strike “a duty”.', false],
    ['Critics called the plan reckless.', false],
    ['The minister called for a vote on the deal.', false],
    ['The senator called out her rival for the remark.', false],
    ['Residents called the attack a massacre.', false],
  ])('%s -> %s', (text, expected) => {
    expect(callConvenes(text)).toBe(expected);
  });
});
