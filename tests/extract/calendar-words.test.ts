import { describe, expect, it } from 'vitest';
import { months, weekdays, wordPattern } from '../../lib/extract/calendar-words';

describe('wordPattern', () => {
  const dated = wordPattern([...weekdays, ...months, 'today'], '\\d{4}');

  it.each([
    ['monday', true],
    ['december', true],
    ['today', true],
    ['2025', true],
    ['mondays', false],
    ['may-day', false],
    ['20255', false],
  ])('%s -> %s', (word, expected) => {
    expect(dated.test(word)).toBe(expected);
  });
});
