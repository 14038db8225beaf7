import { describe, expect, it } from 'vitest';
import { classOf } from '../../lib/extract/word-class';

describe('classOf', () => {
  it('puts closed-class words together and open-class words by case and ending', () => {
    const same = (a: string, b: string) => classOf(a, a.toLowerCase()) === classOf(b, b.toLowerCase());
    expect(same('she', 'They')).toBe(true);
    expect(same('has', 'would')).toBe(true);
    expect(same('Ortega', 'Valley')).toBe(true);
    expect(same('demanded', 'bristled')).toBe(true);
    expect(same('warning', 'insisting')).toBe(true);
    expect(same('demanded', 'warning')).toBe(false);
    expect(same('Ortega', 'NATO')).toBe(false);
    expect(same('that', 'which')).toBe(false);
    expect(same(',', ':')).toBe(false);
  });
});
